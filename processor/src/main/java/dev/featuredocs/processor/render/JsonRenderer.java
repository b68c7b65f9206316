package dev.featuredocs.processor.render;

import dev.featuredocs.processor.json.Json;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Writes the model as JSON: records as objects with their components in declaration order, lists
 * as arrays. The model is only records, strings, numbers, booleans, enums and lists, so a few
 * lines suffice and the processor ships no JSON library that could clash with a user's.
 */
public final class JsonRenderer {
  /**
   * Each record class's components, read once: {@code getRecordComponents()} copies them, with their
   * accessor {@code Method}s, on every call — a model has thousands of records.
   */
  private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected Component[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Component[] result = new Component[components.length];
      for (int i = 0; i < components.length; i++) {
        StringBuilder name = new StringBuilder();
        Json.string(components[i].getName(), name);
        result[i] = new Component(name.toString(), components[i].getAccessor());
      }
      return result;
    }
  };

  /** A record component: its name as a JSON string, and its accessor. */
  private record Component(String jsonName, java.lang.reflect.Method accessor) {}

  private JsonRenderer() {}

  public static String render(Record model) {
    StringBuilder out = new StringBuilder();
    write(model, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (value instanceof Collection<?> items) {
      array(items, out, indent);
    } else if (value instanceof Record record) {
      object(record, out, indent);
    } else {
      throw new IllegalArgumentException("not part of the model: " + value.getClass().getName());
    }
  }

  private static void array(Collection<?> items, StringBuilder out, String indent) {
    if (items.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    int i = 0;
    for (Object item : items) {
      out.append(inner);
      write(item, out, inner);
      out.append(++i < items.size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  private static void object(Record record, StringBuilder out, String indent) {
    Component[] components = COMPONENTS.get(record.getClass());
    String inner = indent + "  ";
    out.append("{\n");
    for (int i = 0; i < components.length; i++) {
      out.append(inner).append(components[i].jsonName()).append(": ");
      try {
        write(components[i].accessor().invoke(record), out, inner);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + components[i].accessor(), e);
      }
      out.append(i + 1 < components.length ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void string(String s, StringBuilder out) {
    Json.string(s, out);
  }
}
