package dev.featuredocs.processor.harvest.schema;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.iterators.StringIterator;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Example strings for schema patterns, checked with {@link java.util.regex.Matcher#find} the way
 * JSON Schema checks them (patterns from {@code @Pattern} are anchored, so they match whole).
 * First realistic values for the property's name ({@link RealisticValues}); then RgxGen's
 * enumeration and seeded random strings, generated from the pattern with the Java-only constructs
 * RgxGen cannot read rewritten ({@link RegexSimplifier}). Every value is checked against the
 * original compiled pattern before it is used. Deterministic: the same pattern and name always get
 * the same example.
 */
final class PatternExamples {
  private static final int ENUMERATED = 200;
  private static final int RANDOM_TRIES = 50;

  /** Examples found, by pattern, length bounds and property name: one search per compilation, not one per use. */
  private final java.util.Map<String, Optional<String>> found = new java.util.HashMap<>();

  /** An instance remembers what it found; one per compilation (a model's patterns recur per endpoint, per nesting level and per feature). */
  PatternExamples() {}

  /** As {@link #example(String, int, int, String)}, each answer computed once. */
  Optional<String> cached(String regex, int min, int max, String name) {
    return found.computeIfAbsent(regex + '\0' + min + '\0' + max + '\0' + name, key -> example(regex, min, max, name));
  }

  /** A string of length {@code min..max} that matches {@code regex}, if one is found quickly. */
  static Optional<String> example(String regex, int min, int max) {
    return example(regex, min, max, "");
  }

  /** As {@link #example(String, int, int)}, trying realistic values for a property called {@code name} first. */
  static Optional<String> example(String regex, int min, int max, String name) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (RuntimeException e) { // PatternSyntaxException
      return Optional.empty();
    }
    for (String candidate : RealisticValues.candidates(name)) {
      if (fits(candidate, pattern, min, max)) {
        return Optional.of(candidate);
      }
    }
    for (String source : new String[] {RegexSimplifier.simplify(regex.replace(Constraints.NOT_BLANK_LOOKAHEAD, "")),
        regex.replace(Constraints.NOT_BLANK_LOOKAHEAD, "")}) {
      Optional<String> generated = generate(source, pattern, min, max);
      if (generated.isPresent()) {
        return generated;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> generate(String source, Pattern pattern, int min, int max) {
    try {
      RgxGen generator = RgxGen.parse(source);
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
      return Optional.empty(); // a construct RgxGen cannot parse or generate
    }
    return Optional.empty();
  }

  private static boolean fits(String candidate, Pattern pattern, int min, int max) {
    // find(), as JSON Schema's pattern searches; patterns from @Pattern are anchored, so they match whole.
    return candidate.length() >= min && candidate.length() <= max && pattern.matcher(candidate).find()
        && candidate.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }
}
