package dev.featuredocs.processor.harvest.persistence;

import java.util.Locale;

/**
 * How a JPA name becomes a database identifier. {@link #SPRING} is Spring Boot's default,
 * Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}, which it applies to explicit names as
 * well as derived ones; {@link #JPA} is JPA's (and plain Hibernate's) default: names as written.
 * A quoted name ({@code "x"} or {@code `x`}) is used as written either way.
 */
public enum JpaNaming {
  SPRING,
  JPA;

  public static JpaNaming of(String option) {
    return option.equals("jpa") ? JPA : SPRING;
  }

  String physical(String name) {
    if (name.length() > 1 && (name.startsWith("`") && name.endsWith("`") || name.startsWith("\"") && name.endsWith("\""))) {
      return name.substring(1, name.length() - 1);
    }
    return this == JPA ? name : snake(name);
  }

  /** Hibernate's rule: '.' becomes '_', and '_' goes before an upper-case letter between lower-case letters or digits. */
  static String snake(String name) {
    StringBuilder builder = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < builder.length() - 1; i++) {
      if (underscoreBetween(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
        builder.insert(i++, '_');
      }
    }
    return builder.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean underscoreBetween(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
