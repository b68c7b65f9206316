package dev.featuredocs.processor.harvest.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternExamplesTest {
  @Test
  void example_matchesThePatternAsHibernateValidatorChecksIt_andIsStable() {
    String regex = "^[a-z]{2}(-[A-Z]{2})?$";
    String example = PatternExamples.example(regex, 0, Integer.MAX_VALUE).orElseThrow();

    assertTrue(example.matches(regex), example);
    assertEquals(Optional.of(example), PatternExamples.example(regex, 0, Integer.MAX_VALUE));
  }

  @Test
  void example_respectsSizeBounds() {
    String example = PatternExamples.example("[a-z]+", 5, 8).orElseThrow();

    assertTrue(example.length() >= 5 && example.length() <= 8 && example.matches("[a-z]+"), example);
  }

  @Test
  void unsatisfiableOrInvalidPattern_givesNothing() {
    assertEquals(Optional.empty(), PatternExamples.example("^[a-z]{2}$", 3, 10));
    assertEquals(Optional.empty(), PatternExamples.example("([a-z", 0, 10));
  }

  @Test
  void javaOnlyConstructs_unicodeClassesAtomicGroupsPossessiveAndLookarounds_getMatchingExamples() {
    for (String regex : List.of(
        "^[\\p{L}]+([ '-][\\p{L}]+){0,2}$",
        "^\\p{Lu}\\p{Alpha}+$",
        "^(?>ab|a)c$",
        "^[a-z]++[0-9]*+$",
        "^(?=.*\\d)(?=.*[A-Z])(?!.*\\s)[A-Za-z\\d]{8,16}$",
        "^(?>[\\p{Ll}\\p{N}]+)-\\p{IsAlphabetic}{2}$")) {
      String example = PatternExamples.example(regex, 0, Integer.MAX_VALUE).orElseThrow(() -> new AssertionError(regex));

      assertTrue(Pattern.compile(regex).matcher(example).find(), regex + " / " + example);
    }
  }

  @Test
  void eMailAlternation_getsARealisticAddress() {
    String regex = "^[_A-Za-z0-9-\\+]+(\\.[_A-Za-z0-9-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9]+)*(\\.[A-Za-z]{2,})$|^admin$";

    assertEquals(Optional.of("jane.doe@example.com"), PatternExamples.example(regex, 5, 254, "email"));
  }

  @Test
  void patternNoGeneratorCanRead_findsARealisticValueByTheFieldName() {
    // \p{InGreek} is outside what the rewrite knows and RgxGen cannot parse [[:alpha:]]-like unions: the name's values are checked instead.
    String regex = "^(?:[\\p{L}&&[^\\p{InGreek}]]+)$";

    assertEquals(Optional.of("Jane"), PatternExamples.example(regex, 1, 50, "firstName"));
  }
}
