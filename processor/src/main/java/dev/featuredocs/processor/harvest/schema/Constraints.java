package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;

/**
 * Jakarta (and javax) Bean Validation constraints, as JSON Schema keywords and as words for the
 * field table, the way Pydantic and victools map them. Composed constraints (an annotation
 * meta-annotated with constraints) are expanded; constraints of a validation group other than
 * {@code Default} change no keyword, since default validation does not apply them, and are shown
 * with their group instead.
 */
public final class Constraints {
  private static final Set<String> PACKAGES = Set.of(
      "jakarta.validation.constraints.", "javax.validation.constraints.", "org.hibernate.validator.constraints.");
  private static final Set<String> DEFAULT_GROUPS = Set.of("jakarta.validation.groups.Default", "javax.validation.groups.Default");

  /** A constraint found on a property, with the groups it is validated in (empty: {@code Default}). */
  record Found(String name, AnnotationMirror mirror, List<String> groups) {
    boolean isDefault() {
      return groups.isEmpty();
    }
  }

  /** What a schema node's base type is, which decides how {@code @Size} and friends map. */
  enum Kind { STRING, ARRAY, MAP, INTEGER, NUMBER, BOOLEAN, OTHER }

  private final Mirrors mirrors;

  public Constraints(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The constraints among the annotations, composed ones expanded, each once. */
  List<Found> collect(List<? extends AnnotationMirror> annotations) {
    Map<String, Found> found = new LinkedHashMap<>();
    for (AnnotationMirror annotation : annotations) {
      collect(annotation, found, 0);
    }
    return List.copyOf(found.values());
  }

  private void collect(AnnotationMirror annotation, Map<String, Found> found, int depth) {
    String name = Mirrors.name(annotation);
    if (isBuiltIn(name)) {
      found.putIfAbsent(name + annotation.getElementValues(), new Found(simple(name), annotation, groups(annotation)));
      return;
    }
    Element type = annotation.getAnnotationType().asElement();
    boolean composed = Mirrors.find(type, "jakarta.validation.Constraint").isPresent()
        || Mirrors.find(type, "javax.validation.Constraint").isPresent();
    if (composed && depth < 4) {
      for (AnnotationMirror meta : type.getAnnotationMirrors()) {
        collect(meta, found, depth + 1);
      }
    }
  }

  private static boolean isBuiltIn(String name) {
    return PACKAGES.stream().anyMatch(name::startsWith) && !name.endsWith(".List");
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private List<String> groups(AnnotationMirror annotation) {
    List<String> groups = new ArrayList<>();
    Object value = Mirrors.explicit(annotation, "groups").map(AnnotationValue::getValue).orElse(List.of());
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (((AnnotationValue) item).getValue() instanceof DeclaredType type) {
          String qualified = type.asElement().toString();
          if (!DEFAULT_GROUPS.contains(qualified)) {
            groups.add(type.asElement().getSimpleName().toString());
          }
        }
      }
    }
    return groups;
  }

  /** Whether default validation rejects a missing or null value. */
  static boolean requiresValue(List<Found> found) {
    return found.stream().anyMatch(f -> f.isDefault()
        && (f.name().equals("NotNull") || f.name().equals("NotBlank") || f.name().equals("NotEmpty")));
  }

  /** Adds the keywords of the default-group constraints to {@code schema}. */
  void keywords(List<Found> found, Kind kind, Map<String, Object> schema) {
    for (Found f : found) {
      if (!f.isDefault()) {
        continue;
      }
      AnnotationMirror m = f.mirror();
      switch (f.name()) {
        case "NotBlank" -> {
          schema.put("minLength", Math.max(1, (Integer) schema.getOrDefault("minLength", 0)));
          notBlank(schema);
        }
        case "NotEmpty" -> bound(kind, schema, 1, -1);
        case "Size", "Length" -> bound(kind, schema, mirrors.integer(m, "min"), mirrors.integer(m, "max"));
        case "Min" -> schema.put("minimum", number(m));
        case "Max" -> schema.put("maximum", number(m));
        case "DecimalMin" -> schema.put(inclusive(m) ? "minimum" : "exclusiveMinimum", decimal(m));
        case "DecimalMax" -> schema.put(inclusive(m) ? "maximum" : "exclusiveMaximum", decimal(m));
        case "Positive" -> schema.put("exclusiveMinimum", 0);
        case "PositiveOrZero" -> schema.put("minimum", 0);
        case "Negative" -> schema.put("exclusiveMaximum", 0);
        case "NegativeOrZero" -> schema.put("maximum", 0);
        case "Pattern" -> {
          boolean notBlank = NOT_BLANK.equals(schema.get("pattern"));
          schema.put("pattern", anchored(mirrors.string(m, "regexp")));
          if (notBlank) {
            notBlank(schema);
          }
        }
        case "Email" -> schema.put("format", "email");
        case "AssertTrue" -> schema.put("const", true);
        case "AssertFalse" -> schema.put("const", false);
        default -> { } // @Past, @Future, @Digits, …: no JSON Schema keyword; the table says them
      }
    }
  }

  /** The constraints in words, for the field table. */
  String words(List<Found> found, Kind kind) {
    List<String> words = new ArrayList<>();
    for (Found f : found) {
      String text = words(f, kind);
      if (!text.isEmpty()) {
        words.add(f.isDefault() ? text : text + " (on " + String.join(", ", f.groups()) + ")");
      }
    }
    return String.join("; ", words);
  }

  private String words(Found f, Kind kind) {
    AnnotationMirror m = f.mirror();
    String unit = kind == Kind.STRING ? "characters" : kind == Kind.MAP ? "entries" : "items";
    return switch (f.name()) {
      case "NotNull" -> "not null";
      case "NotBlank" -> "not blank";
      case "NotEmpty" -> "not empty";
      case "Size", "Length" -> size(mirrors.integer(m, "min"), mirrors.integer(m, "max"), unit);
      case "Min" -> "≥ " + number(m);
      case "Max" -> "≤ " + number(m);
      case "DecimalMin" -> (inclusive(m) ? "≥ " : "> ") + decimal(m).toPlainString();
      case "DecimalMax" -> (inclusive(m) ? "≤ " : "< ") + decimal(m).toPlainString();
      case "Positive" -> "> 0";
      case "PositiveOrZero" -> "≥ 0";
      case "Negative" -> "< 0";
      case "NegativeOrZero" -> "≤ 0";
      case "Pattern" -> "matches " + mirrors.string(m, "regexp");
      case "Email" -> "e-mail address";
      case "AssertTrue" -> "must be true";
      case "AssertFalse" -> "must be false";
      case "Past" -> "in the past";
      case "PastOrPresent" -> "in the past or present";
      case "Future" -> "in the future";
      case "FutureOrPresent" -> "in the future or present";
      case "Null" -> "must be null";
      case "Digits" -> "at most " + mirrors.integer(m, "integer") + " integer and " + mirrors.integer(m, "fraction")
          + " fraction digits";
      default -> "@" + f.name();
    };
  }

  private static String size(int min, int max, String unit) {
    boolean hasMax = max != Integer.MAX_VALUE;
    if (min > 0 && hasMax) {
      return min + "–" + max + " " + unit;
    }
    if (min > 0) {
      return "at least " + min + " " + unit;
    }
    return hasMax ? "at most " + max + " " + unit : "";
  }

  /** Only bounds that differ from the default: never {@code maxLength: 2147483647}. */
  private static void bound(Kind kind, Map<String, Object> schema, int min, int max) {
    String[] keys = switch (kind) {
      case STRING -> new String[] {"minLength", "maxLength"};
      case ARRAY -> new String[] {"minItems", "maxItems"};
      case MAP -> new String[] {"minProperties", "maxProperties"};
      default -> null;
    };
    if (keys == null) {
      return;
    }
    if (min > 0) {
      schema.put(keys[0], Math.max(min, (Integer) schema.getOrDefault(keys[0], 0)));
    }
    if (max >= 0 && max != Integer.MAX_VALUE) {
      schema.put(keys[1], max);
    }
  }

  private long number(AnnotationMirror m) {
    return ((Number) mirrors.value(m, "value").getValue()).longValue();
  }

  private BigDecimal decimal(AnnotationMirror m) {
    return new BigDecimal(mirrors.string(m, "value").strip());
  }

  private boolean inclusive(AnnotationMirror m) {
    return !(mirrors.value(m, "inclusive").getValue() instanceof Boolean b) || b;
  }

  /** "Contains a non-whitespace character": what {@code @NotBlank} adds to {@code minLength: 1}. */
  static final String NOT_BLANK = "\\S";
  /** The same, as a lookahead in front of an anchored {@code @Pattern} (a schema holds one pattern). */
  static final String NOT_BLANK_LOOKAHEAD = "(?=[\\s\\S]*\\S)";

  private static void notBlank(Map<String, Object> schema) {
    Object pattern = schema.get("pattern");
    if (pattern == null || NOT_BLANK.equals(pattern)) {
      schema.put("pattern", NOT_BLANK);
    } else if (!pattern.toString().startsWith("^" + NOT_BLANK_LOOKAHEAD)) {
      schema.put("pattern", "^" + NOT_BLANK_LOOKAHEAD + pattern.toString().substring(1));
    }
  }

  /** Bean Validation matches the whole value; JSON Schema's {@code pattern} searches, so anchor it. */
  static String anchored(String regex) {
    return regex.startsWith("^") && regex.endsWith("$") ? regex : "^(?:" + regex + ")$";
  }
}
