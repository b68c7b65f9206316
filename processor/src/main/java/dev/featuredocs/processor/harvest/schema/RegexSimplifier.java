package dev.featuredocs.processor.harvest.schema;

import java.util.Map;

/**
 * Rewrites a Java regular expression into one RgxGen can generate from: Unicode and POSIX classes
 * ({@code \p{L}}, {@code \p{Lu}}, {@code \p{Alpha}}, …) become their ASCII members, atomic groups
 * and possessive quantifiers their plain forms, and lookarounds are dropped. The rewrite only
 * guides generation: every candidate is checked against the original {@link java.util.regex.Pattern},
 * so a rewrite that widens or narrows the language costs a candidate, never a wrong example.
 */
final class RegexSimplifier {
  /** ASCII members of the classes real patterns use, as character-class contents. */
  private static final Map<String, String> CLASSES = Map.ofEntries(
      Map.entry("L", "a-zA-Z"), Map.entry("IsL", "a-zA-Z"), Map.entry("IsLetter", "a-zA-Z"),
      Map.entry("Letter", "a-zA-Z"), Map.entry("Alpha", "a-zA-Z"), Map.entry("IsAlphabetic", "a-zA-Z"),
      Map.entry("javaLetter", "a-zA-Z"), Map.entry("Latin", "a-zA-Z"), Map.entry("IsLatin", "a-zA-Z"),
      Map.entry("Lu", "A-Z"), Map.entry("IsLu", "A-Z"), Map.entry("Upper", "A-Z"), Map.entry("IsUppercase", "A-Z"),
      Map.entry("javaUpperCase", "A-Z"), Map.entry("Lt", "A-Z"),
      Map.entry("Ll", "a-z"), Map.entry("IsLl", "a-z"), Map.entry("Lower", "a-z"), Map.entry("IsLowercase", "a-z"),
      Map.entry("javaLowerCase", "a-z"),
      Map.entry("N", "0-9"), Map.entry("Nd", "0-9"), Map.entry("IsN", "0-9"), Map.entry("IsDigit", "0-9"),
      Map.entry("Digit", "0-9"), Map.entry("javaDigit", "0-9"),
      Map.entry("Alnum", "a-zA-Z0-9"), Map.entry("IsAlnum", "a-zA-Z0-9"), Map.entry("javaLetterOrDigit", "a-zA-Z0-9"),
      Map.entry("Punct", "!-/:-@"), Map.entry("P", "!-/:-@"), Map.entry("IsPunctuation", "!-/:-@"),
      Map.entry("Space", " "), Map.entry("Zs", " "), Map.entry("Z", " "), Map.entry("IsWhite_Space", " "),
      Map.entry("Blank", " "), Map.entry("Graph", "!-~"), Map.entry("Print", " -~"), Map.entry("ASCII", " -~"),
      Map.entry("XDigit", "0-9a-f"), Map.entry("Sc", "$"), Map.entry("S", "$+<=>^`|~"), Map.entry("M", ""),
      Map.entry("Mn", ""), Map.entry("Pd", "-"), Map.entry("Ps", "("), Map.entry("Pe", ")"));

  private RegexSimplifier() {}

  static String simplify(String regex) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean inClass = false;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(i + 1);
        if ((next == 'p' || next == 'P') && i + 2 < regex.length()) {
          int end = regex.charAt(i + 2) == '{' ? regex.indexOf('}', i + 2) : i + 2;
          String name = regex.charAt(i + 2) == '{' ? regex.substring(i + 3, Math.max(i + 3, end)) : String.valueOf(regex.charAt(i + 2));
          name = name.replaceFirst("^(general_category|gc)=", "");
          String members = CLASSES.get(name);
          if (members == null) {
            members = CLASSES.get(name.replaceFirst("^Is", ""));
          }
          if (next == 'p' && members != null && end > 0) {
            out.append(inClass ? members : members.isEmpty() ? "" : "[" + members + "]");
            i = end + 1;
            continue;
          }
        }
        out.append(c).append(next);
        i += 2;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
        }
        out.append(c);
        i++;
        continue;
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        i++;
        if (i < regex.length() && regex.charAt(i) == '^') {
          out.append('^');
          i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') { // a literal ] first in a class
          out.append("\\]");
          i++;
        }
        continue;
      }
      if (regex.startsWith("(?>", i)) {
        out.append("(?:");
        i += 3;
        continue;
      }
      if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
          || regex.startsWith("(?<!", i)) {
        i = closing(regex, i) + 1;
        continue;
      }
      if (c == '+' && i > 0 && "*+?}".indexOf(regex.charAt(i - 1)) >= 0 && !escaped(regex, i - 1)
          && out.length() > 0 && "*+?}".indexOf(out.charAt(out.length() - 1)) >= 0 && possessive(regex, i)) {
        i++; // X*+, X++, X?+, X{n}+: possessive, generated as greedy
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Whether the '+' at {@code at} follows a quantifier (not a literal or another '+' as quantifier of a quantifier). */
  private static boolean possessive(String regex, int at) {
    char before = regex.charAt(at - 1);
    if (before != '+') {
      return true;
    }
    // "a++": the first '+' quantifies 'a', the second makes it possessive; "a+++" is invalid anyway.
    return at < 2 || regex.charAt(at - 2) != '+' || escaped(regex, at - 2);
  }

  private static boolean escaped(String regex, int at) {
    int backslashes = 0;
    for (int j = at - 1; j >= 0 && regex.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** The index of the parenthesis that closes the group opening at {@code open}. */
  private static int closing(String regex, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return regex.length() - 1;
  }
}
