package dev.featuredocs.processor.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what {@code render/JsonRenderer} writes: JSON into the model's records, so that a
 * feature model left in {@code META-INF/featuredocs/} by one compilation (another module, the main
 * sources before the tests, an earlier incremental compile) can be used by the next.
 *
 * <p>The model is only records, lists, strings, numbers, booleans and enums, and the JSON is the
 * processor's own: a small recursive-descent parser ({@link #parse}) and a binder over record
 * components suffice, and the processor ships no JSON library that could clash with a user's.
 * A record component missing from the JSON gets its type's empty value (empty string or list,
 * zero, false, null), so a model written by an older processor still reads; unknown members are
 * ignored. Malformed JSON or a value of the wrong kind is a {@link MalformedModelException} naming
 * the position or the component.
 */
public final class ModelJson {
  private ModelJson() {}

  /** Thrown when the text is no JSON, or no model of the requested type. */
  public static final class MalformedModelException extends RuntimeException {
    MalformedModelException(String message) {
      super(message);
    }
  }

  /** The record of type {@code type} that {@code json} describes. */
  public static <R extends Record> R read(String json, Class<R> type) {
    return type.cast(bind(parse(json), type, type.getSimpleName()));
  }

  /**
   * JSON text as plain values: {@link Map} (insertion-ordered) for objects, {@link List} for arrays,
   * {@link String}, {@link Boolean}, {@code null}, and numbers as {@link Long} when integral, else
   * {@link Double}.
   */
  public static Object parse(String json) {
    Parser parser = new Parser(json);
    Object value = parser.value();
    parser.skipWhitespace();
    if (parser.pos < json.length()) {
      throw parser.error("unexpected text after the value");
    }
    return value;
  }

  private static Object bind(Object value, Type type, String where) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (value == null) {
      return emptyValue(raw);
    }
    if (raw == String.class) {
      return expect(value, String.class, where);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return expect(value, Boolean.class, where);
    }
    if (raw == int.class || raw == Integer.class) {
      return Math.toIntExact(expect(value, Long.class, where));
    }
    if (raw == long.class || raw == Long.class) {
      return expect(value, Long.class, where);
    }
    if (raw == double.class || raw == Double.class) {
      return value instanceof Long l ? (double) l : expect(value, Double.class, where);
    }
    if (raw.isEnum()) {
      String name = expect(value, String.class, where);
      for (Object constant : raw.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      throw new MalformedModelException(where + ": no " + raw.getSimpleName() + " named \"" + name + "\"");
    }
    if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<?> items = expect(value, List.class, where);
      List<Object> bound = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        bound.add(bind(items.get(i), element, where + "[" + i + "]"));
      }
      return List.copyOf(bound);
    }
    if (raw.isRecord()) {
      Map<?, ?> object = expect(value, Map.class, where);
      RecordComponent[] components = raw.getRecordComponents();
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        arguments[i] = bind(object.get(component.getName()), component.getGenericType(),
            where + "." + component.getName());
      }
      try {
        Constructor<?> canonical = raw.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(arguments);
      } catch (ReflectiveOperationException | RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        throw new MalformedModelException(where + ": not a valid " + raw.getSimpleName() + ": " + cause);
      }
    }
    throw new IllegalArgumentException("not part of the model: " + type);
  }

  private static Object emptyValue(Class<?> raw) {
    if (raw == String.class) {
      return "";
    } else if (raw == List.class) {
      return List.of();
    } else if (raw == boolean.class) {
      return false;
    } else if (raw == int.class) {
      return 0;
    } else if (raw == long.class) {
      return 0L;
    } else if (raw == double.class) {
      return 0.0;
    }
    return null;
  }

  private static <T> T expect(Object value, Class<T> kind, String where) {
    if (!kind.isInstance(value)) {
      throw new MalformedModelException(where + ": expected " + kind.getSimpleName().toLowerCase(java.util.Locale.ROOT)
          + ", found " + (value instanceof Map ? "object" : value instanceof List ? "array" : value.toString()));
    }
    return kind.cast(value);
  }

  /**
   * How deep arrays and objects may nest: far more than any model the processor writes (about 10),
   * far less than what would exhaust javac's stack in this recursive parser.
   */
  static final int MAX_DEPTH = 256;

  private static final class Parser {
    private final String text;
    private int pos;
    private int depth;

    Parser(String text) {
      this.text = text;
    }

    Object value() {
      skipWhitespace();
      if (pos >= text.length()) {
        throw error("unexpected end of text");
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return nested(true);
        case '[':
          return nested(false);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected character '" + c + "'");
      }
    }

    private Object nested(boolean object) {
      if (++depth > MAX_DEPTH) {
        throw error("nested deeper than " + MAX_DEPTH + " levels");
      }
      try {
        return object ? object() : array();
      } finally {
        depth--;
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> members = new LinkedHashMap<>();
      pos++;
      skipWhitespace();
      if (peek('}')) {
        pos++;
        return members;
      }
      while (true) {
        skipWhitespace();
        if (!peek('"')) {
          throw error("expected a member name");
        }
        String name = string();
        skipWhitespace();
        consume(':');
        members.put(name, value());
        skipWhitespace();
        if (peek(',')) {
          pos++;
        } else {
          consume('}');
          return members;
        }
      }
    }

    private List<Object> array() {
      List<Object> items = new ArrayList<>();
      pos++;
      skipWhitespace();
      if (peek(']')) {
        pos++;
        return items;
      }
      while (true) {
        items.add(value());
        skipWhitespace();
        if (peek(',')) {
          pos++;
        } else {
          consume(']');
          return items;
        }
      }
    }

    private String string() {
      pos++;
      StringBuilder out = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (pos >= text.length()) {
          break;
        }
        char escape = text.charAt(pos++);
        switch (escape) {
          case '"', '\\', '/' -> out.append(escape);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("incomplete \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            } catch (NumberFormatException e) {
              throw error("bad \\u escape");
            }
            pos += 4;
          }
          default -> throw error("bad escape \\" + escape);
        }
      }
      throw error("unterminated string");
    }

    private Object number() {
      int start = pos;
      if (peek('-')) {
        pos++;
      }
      boolean integral = true;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c >= '0' && c <= '9') {
          pos++;
        } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
          integral = false;
          pos++;
        } else {
          break;
        }
      }
      String digits = text.substring(start, pos);
      try {
        return integral ? (Object) Long.parseLong(digits) : (Object) Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        pos = start;
        throw error("bad number \"" + digits + "\"");
      }
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, pos)) {
        throw error("unexpected text");
      }
      pos += word.length();
      return value;
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private void consume(char c) {
      skipWhitespace();
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    void skipWhitespace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    MalformedModelException error(String what) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.min(pos, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new MalformedModelException(what + " at line " + line + ", column " + column);
    }
  }
}
