package dev.featuredocs.processor.harvest.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
    assertEquals(Optional.empty(), PatternExamples.example("[a-z]{2}", 3, 10));
    assertEquals(Optional.empty(), PatternExamples.example("([a-z", 0, 10));
  }
}
