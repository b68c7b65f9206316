package dev.featuredocs.processor.harvest.schema;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.iterators.StringIterator;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Example strings for schema patterns, checked with {@link java.util.regex.Matcher#find} the way
 * JSON Schema checks them (patterns from {@code @Pattern} are anchored, so they match whole). Deterministic: the first matches in RgxGen's enumeration order,
 * then seeded random ones, so the same pattern always gets the same example.
 */
final class PatternExamples {
  private static final int ENUMERATED = 200;
  private static final int RANDOM_TRIES = 50;

  private PatternExamples() {}

  /** A string of length {@code min..max} that matches {@code regex}, if one is found quickly. */
  static Optional<String> example(String regex, int min, int max) {
    Pattern pattern;
    RgxGen generator;
    try {
      pattern = Pattern.compile(regex);
      // Generate from the pattern without the not-blank lookahead RgxGen cannot read; check with all of it.
      generator = RgxGen.parse(regex.replace(Constraints.NOT_BLANK_LOOKAHEAD, ""));
    } catch (RuntimeException e) { // PatternSyntaxException, or a construct RgxGen cannot parse
      return Optional.empty();
    }
    try {
      StringIterator unique = generator.iterateUnique();
      for (int i = 0; i < ENUMERATED && unique.hasNext(); i++) {
        String candidate = unique.next();
        if (fits(candidate, pattern, min, max)) {
          return Optional.of(candidate);
        }
      }
      for (int seed = 0; seed < RANDOM_TRIES; seed++) {
        String candidate = generator.generate(new Random(seed));
        if (fits(candidate, pattern, min, max)) {
          return Optional.of(candidate);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty(); // a construct RgxGen cannot generate: the caller documents a marker
    }
    return Optional.empty();
  }

  private static boolean fits(String candidate, Pattern pattern, int min, int max) {
    // find(), as JSON Schema's pattern searches; patterns from @Pattern are anchored, so they match whole.
    return candidate.length() >= min && candidate.length() <= max && pattern.matcher(candidate).find()
        && candidate.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }
}
