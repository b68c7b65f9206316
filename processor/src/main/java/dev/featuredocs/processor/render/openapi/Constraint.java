package dev.featuredocs.processor.render.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Bean Validation annotation as the model writes it ({@code @Size(min = 1, max = 10)},
 * {@code @Min(1)}, {@code @Pattern(regexp = "a\\)b")}): its simple name and its attribute values,
 * strings unquoted. Read back from the text because the model keeps constraints as written.
 */
record Constraint(String name, Map<String, String> values) {

  /** The value of {@code attribute}; a single unnamed value is {@code value}. Null when absent. */
  String value(String attribute) {
    return values.get(attribute);
  }

  /** The annotations of {@code text} in order; text that is no annotation is skipped. */
  static List<Constraint> parse(String text) {
    List<Constraint> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '@') {
        i++;
        continue;
      }
      int start = ++i;
      while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      String name = text.substring(start, i);
      name = name.substring(name.lastIndexOf('.') + 1);
      Map<String, String> values = new LinkedHashMap<>();
      if (i < text.length() && text.charAt(i) == '(') {
        i = arguments(text, i + 1, values);
      }
      result.add(new Constraint(name, values));
    }
    return result;
  }

  /** Reads {@code a = 1, b = "x")} or {@code 1)} from {@code i}; returns the index after the parenthesis. */
  private static int arguments(String text, int i, Map<String, String> values) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int depth = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < text.length()) {
          current.append(text.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(' || c == '{') {
        depth++;
        current.append(c);
      } else if ((c == ')' || c == '}') && depth > 0) {
        depth--;
        current.append(c);
      } else if (c == ')') {
        i++;
        break;
      } else if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    for (String part : parts) {
      int equals = part.indexOf('=');
      boolean named = equals > 0 && part.substring(0, equals).strip().chars().allMatch(Character::isJavaIdentifierPart);
      if (named) {
        values.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
      } else if (!part.isBlank()) {
        values.put("value", part.strip());
      }
    }
    return i;
  }
}
