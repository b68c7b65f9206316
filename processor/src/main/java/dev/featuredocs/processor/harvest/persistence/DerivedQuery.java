package dev.featuredocs.processor.harvest.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Data derived query method name taken apart the way Spring Data's {@code PartTree} does:
 * {@code findDistinctTop3ByOwnerAndStatusIgnoreCaseOrderByCreatedAtDesc} is a {@code find} with a
 * limit of 3, two predicate parts ({@code Owner} equal, {@code Status} equal ignoring case) and one
 * order ({@code CreatedAt} descending). Property paths stay as written ({@code DocumentId}); resolving
 * them against an entity's properties is the caller's.
 */
record DerivedQuery(String verb, int limit, List<Part> parts, boolean or, List<Order> orders) {
  private static final Pattern NAME = Pattern.compile(
      "^(find|read|get|query|search|stream|count|exists|delete|remove)(\\p{Lu}.*?)??By(.*)$");
  private static final Pattern LIMIT = Pattern.compile("(?:First|Top)(\\d*)");
  private static final Pattern OR = Pattern.compile("(?<=[\\p{Ll}\\d])Or(?=\\p{Lu})");
  private static final Pattern AND = Pattern.compile("(?<=[\\p{Ll}\\d])And(?=\\p{Lu})");
  private static final Pattern ORDER = Pattern.compile("(?<=[\\p{Ll}\\d])(Asc|Desc)(?=\\p{Lu}|$)");

  /**
   * Keywords a predicate part may end with, longest first where one ends another, and the condition
   * each stands for ({@code %s} is the column). Spring Data's {@code Part.Type} keywords.
   */
  private static final String[][] KEYWORDS = {
    {"IsNotNull", "%s IS NOT NULL"}, {"NotNull", "%s IS NOT NULL"}, {"IsNull", "%s IS NULL"}, {"Null", "%s IS NULL"},
    {"IsLessThanEqual", "%s <= ?"}, {"LessThanEqual", "%s <= ?"}, {"IsLessThan", "%s < ?"}, {"LessThan", "%s < ?"},
    {"IsGreaterThanEqual", "%s >= ?"}, {"GreaterThanEqual", "%s >= ?"}, {"IsGreaterThan", "%s > ?"},
    {"GreaterThan", "%s > ?"}, {"IsBefore", "%s < ?"}, {"Before", "%s < ?"}, {"IsAfter", "%s > ?"}, {"After", "%s > ?"},
    {"IsBetween", "%s BETWEEN ? AND ?"}, {"Between", "%s BETWEEN ? AND ?"},
    {"IsNotLike", "%s NOT LIKE ?"}, {"NotLike", "%s NOT LIKE ?"}, {"IsLike", "%s LIKE ?"}, {"Like", "%s LIKE ?"},
    {"IsStartingWith", "%s LIKE '?%%'"}, {"StartingWith", "%s LIKE '?%%'"}, {"StartsWith", "%s LIKE '?%%'"},
    {"IsEndingWith", "%s LIKE '%%?'"}, {"EndingWith", "%s LIKE '%%?'"}, {"EndsWith", "%s LIKE '%%?'"},
    {"IsNotContaining", "%s NOT LIKE '%%?%%'"}, {"NotContaining", "%s NOT LIKE '%%?%%'"},
    {"NotContains", "%s NOT LIKE '%%?%%'"}, {"IsContaining", "%s LIKE '%%?%%'"}, {"Containing", "%s LIKE '%%?%%'"},
    {"Contains", "%s LIKE '%%?%%'"}, {"IsNotIn", "%s NOT IN (?)"}, {"NotIn", "%s NOT IN (?)"}, {"IsIn", "%s IN (?)"},
    {"In", "%s IN (?)"}, {"IsNotEmpty", "%s IS NOT EMPTY"}, {"NotEmpty", "%s IS NOT EMPTY"}, {"IsEmpty", "%s IS EMPTY"},
    {"Empty", "%s IS EMPTY"}, {"IsTrue", "%s = TRUE"}, {"True", "%s = TRUE"}, {"IsFalse", "%s = FALSE"},
    {"False", "%s = FALSE"}, {"IsNot", "%s <> ?"}, {"Not", "%s <> ?"}, {"Is", "%s = ?"}, {"Equals", "%s = ?"},
  };

  /**
   * One condition.
   *
   * @param property the property path as written, {@code DocumentId}
   * @param condition the condition with {@code %s} for the column, {@code %s = ?}
   * @param whole the part without its case keyword, to resolve as a property when the keyword reading fails
   */
  record Part(String property, String condition, String whole) {}

  record Order(String property, String direction) {}

  static Optional<DerivedQuery> parse(String methodName) {
    Matcher name = NAME.matcher(methodName);
    if (!name.matches()) {
      return Optional.empty();
    }
    String verb = name.group(1);
    String subject = name.group(2) == null ? "" : name.group(2);
    Matcher limit = LIMIT.matcher(subject);
    int max = 0;
    if (limit.find()) {
      max = limit.group(1).isEmpty() ? 1 : Integer.parseInt(limit.group(1));
    }
    String rest = name.group(3);
    List<Order> orders = new ArrayList<>();
    int orderBy = rest.indexOf("OrderBy");
    if (orderBy >= 0) {
      String order = rest.substring(orderBy + "OrderBy".length());
      rest = rest.substring(0, orderBy);
      Matcher direction = ORDER.matcher(order);
      int from = 0;
      while (direction.find()) {
        orders.add(new Order(order.substring(from, direction.start()), direction.group(1).toUpperCase(java.util.Locale.ROOT)));
        from = direction.end();
      }
      if (from < order.length()) {
        orders.add(new Order(order.substring(from), ""));
      }
    }
    boolean allIgnoreCase = false;
    for (String suffix : List.of("AllIgnoreCase", "AllIgnoringCase")) {
      if (rest.endsWith(suffix)) {
        rest = rest.substring(0, rest.length() - suffix.length());
        allIgnoreCase = true;
      }
    }
    List<Part> parts = new ArrayList<>();
    boolean or = OR.matcher(rest).find();
    if (!rest.isEmpty()) {
      for (String alternative : OR.split(rest)) {
        for (String part : AND.split(alternative)) {
          parts.add(part(part, allIgnoreCase));
        }
      }
    }
    return Optional.of(new DerivedQuery(verb, max, parts, or, orders));
  }

  private static Part part(String text, boolean allIgnoreCase) {
    boolean ignoreCase = allIgnoreCase;
    for (String suffix : List.of("IgnoreCase", "IgnoringCase")) {
      if (text.endsWith(suffix)) {
        text = text.substring(0, text.length() - suffix.length());
        ignoreCase = true;
      }
    }
    String condition = "%s = ?";
    String property = text;
    for (String[] keyword : KEYWORDS) {
      if (text.endsWith(keyword[0]) && text.length() > keyword[0].length()) {
        property = text.substring(0, text.length() - keyword[0].length());
        condition = keyword[1];
        break;
      }
    }
    if (ignoreCase) {
      condition = condition.replaceFirst("%s", "UPPER(%s)").replace("= ?", "= UPPER(?)");
    }
    return new Part(property, condition, text);
  }
}
