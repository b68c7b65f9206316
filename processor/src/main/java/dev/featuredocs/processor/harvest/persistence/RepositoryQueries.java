package dev.featuredocs.processor.harvest.persistence;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.model.persistence.IndexDoc;
import dev.featuredocs.processor.model.persistence.QueryDoc;
import dev.featuredocs.processor.model.persistence.RepositoryDoc;
import dev.featuredocs.processor.model.persistence.TableDoc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * A Spring Data repository's query methods and the columns each filters on: derived queries by
 * their name ({@link DerivedQuery}), {@code @Query} JPQL by the {@code alias.property} paths of its
 * {@code WHERE} clause; native SQL is shown but not read. Whether an index serves each column is
 * decided against the tables' indexes.
 */
public final class RepositoryQueries {
  static final String QUERY = "org.springframework.data.jpa.repository.Query";
  private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+([\\w.]+)(?:\\s+(?:as\\s+)?(\\w+))?");
  private static final Pattern WHERE = Pattern.compile("(?is)\\bwhere\\b(.*?)(?:\\border\\s+by\\b|\\bgroup\\s+by\\b|$)");
  private static final Set<String> JPQL_WORDS = Set.of("where", "join", "left", "inner", "order", "group", "on");

  private final Types types;
  private final Mirrors mirrors;
  private final JpaTables tables;

  public RepositoryQueries(Types types, Mirrors mirrors, JpaTables tables) {
    this.types = types;
    this.mirrors = mirrors;
    this.tables = tables;
  }

  /** {@code T} of the repository's {@code Repository<T, ID>} supertype, when it is a declared type. */
  Optional<TypeElement> entityOf(TypeElement repository) {
    Deque<TypeMirror> queue = new ArrayDeque<>(types.directSupertypes(repository.asType()));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror next = queue.poll();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) next;
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (name.equals(Names.SPRING_DATA_REPOSITORY)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return !arguments.isEmpty() && arguments.get(0).getKind() == TypeKind.DECLARED
            ? Optional.of((TypeElement) ((DeclaredType) arguments.get(0)).asElement())
            : Optional.empty();
      }
      if (seen.add(next.toString())) {
        queue.addAll(types.directSupertypes(next));
      }
    }
    return Optional.empty();
  }

  RepositoryDoc of(TypeElement repository) {
    Optional<TypeElement> entity = entityOf(repository);
    Optional<JpaTables.Mapping> mapping = entity.filter(JpaTables::isEntity).map(tables::of);
    String table = mapping.map(m -> m.table().name()).orElse("");
    List<QueryDoc> queries = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(repository.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.DEFAULT) || method.getModifiers().contains(Modifier.STATIC)) {
        continue; // a default method runs Java code, it is no query
      }
      queries.add(query(repository, method, mapping));
    }
    return new RepositoryDoc(Labels.typeName(repository), entity.map(Labels::typeName).orElse(""), table, queries);
  }

  private QueryDoc query(TypeElement repository, ExecutableElement method, Optional<JpaTables.Mapping> mapping) {
    String repositoryName = Labels.typeName(repository);
    String signature = Labels.signature(method);
    Optional<AnnotationMirror> annotation = Mirrors.find(method, QUERY);
    Map<String, TableDoc> seen = new LinkedHashMap<>();
    if (annotation.isPresent()) {
      String text = mirrors.string(annotation.get(), "value").strip().replaceAll("\\s+", " ");
      if (Boolean.TRUE.equals(mirrors.value(annotation.get(), "nativeQuery").getValue())) {
        return new QueryDoc(repositoryName, signature, QueryDoc.NATIVE, text, List.of(), false, List.of(), List.of());
      }
      Optional<List<String>> columns = mapping.flatMap(m -> jpqlColumns(text, m, seen));
      return new QueryDoc(repositoryName, signature, QueryDoc.JPQL, text, columns.orElse(List.of()),
          columns.isPresent(), columns.map(c -> unindexed(c, Set.of(), Set.of(), seen)).orElse(List.of()), List.of());
    }
    Optional<DerivedQuery> derived = DerivedQuery.parse(method.getSimpleName().toString());
    if (derived.isEmpty() || mapping.isEmpty() || mapping.get().table().createTable().isEmpty()) {
      String why = derived.isEmpty() ? "not a derived query name, and no @Query" : "its entity's table is not known";
      return new QueryDoc(repositoryName, signature, QueryDoc.DERIVED, why, List.of(), false, List.of(), List.of());
    }
    JpaTables.Mapping root = mapping.get();
    seen.put(root.table().name(), root.table());
    List<String> columns = new ArrayList<>();
    Set<String> ignoringCase = new HashSet<>();
    Set<String> negated = new LinkedHashSet<>();
    List<String> conditions = new ArrayList<>();
    for (DerivedQuery.Part part : derived.get().parts()) {
      Optional<String> column = resolveCamel(part.property(), root, seen);
      String condition = part.condition();
      if (column.isEmpty() && !part.whole().equals(part.property())) {
        column = resolveCamel(part.whole(), root, seen); // a property whose name ends like a keyword
        condition = "%s = ?";
      }
      if (column.isEmpty()) {
        return new QueryDoc(repositoryName, signature, QueryDoc.DERIVED,
            "`" + part.property() + "` is no property of " + root.table().entity(), List.of(), false, List.of(), List.of());
      }
      if (!columns.contains(column.get())) {
        columns.add(column.get());
      }
      if (condition.startsWith("UPPER(")) {
        ignoringCase.add(column.get());
      }
      if (condition.contains("<>") || condition.contains("NOT ")) {
        negated.add(column.get());
      }
      conditions.add(String.format(Locale.ROOT, condition, shortName(column.get(), root)));
    }
    List<String> orders = new ArrayList<>();
    for (DerivedQuery.Order order : derived.get().orders()) {
      Optional<String> column = resolveCamel(order.property(), root, seen);
      orders.add(column.map(c -> shortName(c, root)).orElse(order.property()) + (order.direction().isEmpty() ? "" : " " + order.direction()));
    }
    String text = sql(derived.get(), root.table().name(), conditions, orders);
    return new QueryDoc(repositoryName, signature, QueryDoc.DERIVED, text, columns, true,
        unindexed(columns, ignoringCase, negated, seen), List.copyOf(negated));
  }

  /** The entity name after {@code FROM} in a JPQL or HQL text, simple name; empty when there is none. */
  static String fromEntity(String query) {
    Matcher from = FROM.matcher(query);
    if (!from.find()) {
      return "";
    }
    String name = from.group(1);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * A query written as JPQL or HQL text in code (Panache, {@code EntityManager}): its filter columns read
   * from {@code WHERE} as {@code alias.path}, or, without an alias, as the entity's bare property paths
   * (Panache's own form); with the index findings of a derived query.
   */
  QueryDoc hql(String repository, String signature, String kind, String text, Optional<JpaTables.Mapping> mapping) {
    Map<String, TableDoc> seen = new LinkedHashMap<>();
    if (mapping.isEmpty() || mapping.get().table().createTable().isEmpty()) {
      return new QueryDoc(repository, signature, kind, text, List.of(), false, List.of(), List.of());
    }
    Matcher from = FROM.matcher(text);
    boolean aliased = from.find() && from.group(2) != null && !JPQL_WORDS.contains(from.group(2).toLowerCase(Locale.ROOT));
    Optional<List<String>> columns = aliased ? jpqlColumns(text, mapping.get(), seen) : bareColumns(text, mapping.get(), seen);
    Set<String> ignoringCase = new HashSet<>();
    Set<String> negated = new LinkedHashSet<>();
    Matcher where = WHERE.matcher(text);
    if (columns.isPresent() && where.find()) {
      String clause = where.group(1);
      for (String column : columns.get()) {
        String name = Pattern.quote(propertyName(column, mapping.get()));
        if (Pattern.compile("(?i)\\b(lower|upper)\\(\\s*(?:\\w+\\.)?" + name + "\\s*\\)").matcher(clause).find()) {
          ignoringCase.add(column);
        }
        if (Pattern.compile("(?i)(?<![\\w])(?:\\w+\\.)?" + name + "\\s*(<>|!=|not\\s+like|not\\s+in|is\\s+not)")
            .matcher(clause).find()) {
          negated.add(column);
        }
      }
    }
    return new QueryDoc(repository, signature, kind, text, columns.orElse(List.of()), columns.isPresent(),
        columns.map(c -> unindexed(c, ignoringCase, negated, seen)).orElse(List.of()), List.copyOf(negated));
  }

  /** The entity property a column came from, by the column's name; the column name when none maps to it. */
  private static String propertyName(String column, JpaTables.Mapping mapping) {
    String name = column.substring(column.lastIndexOf('.') + 1);
    for (Map.Entry<String, JpaTables.Property> property : mapping.properties().entrySet()) {
      if (name.equals(property.getValue().column())) {
        return property.getKey();
      }
    }
    return name;
  }

  private static final Pattern BARE_PATH = Pattern.compile("(?<![\\w.:?'])([A-Za-z_]\\w*(?:\\.\\w+)*)(?![\\w(])");

  /**
   * Columns of a {@code WHERE} clause written without an alias: each word that is a property path of
   * the entity; keywords, parameters ({@code ?1}, {@code :name}), literals and functions are left out.
   */
  private Optional<List<String>> bareColumns(String text, JpaTables.Mapping root, Map<String, TableDoc> seen) {
    seen.put(root.table().name(), root.table());
    Matcher where = WHERE.matcher(text);
    if (!where.find()) {
      return Optional.of(List.of());
    }
    String clause = where.group(1).replaceAll("'[^']*'", "''");
    Set<String> columns = new LinkedHashSet<>();
    Matcher paths = BARE_PATH.matcher(clause);
    while (paths.find()) {
      List<String> path = List.of(paths.group(1).split("\\."));
      if (!root.properties().containsKey(path.get(0))) {
        continue; // a keyword (and, or, like, is, null…) or a function's name
      }
      Optional<String> column = resolveDotted(path, root.properties(), root.table().name(), seen);
      if (column.isEmpty()) {
        return Optional.empty();
      }
      columns.add(column.get());
    }
    return Optional.of(List.copyOf(columns));
  }

  private static String shortName(String column, JpaTables.Mapping root) {
    String prefix = root.table().name() + ".";
    return column.startsWith(prefix) ? column.substring(prefix.length()) : column;
  }

  private static String sql(DerivedQuery query, String table, List<String> conditions, List<String> orders) {
    String head = switch (query.verb()) {
      case "count" -> "SELECT COUNT(*) FROM " + table;
      case "exists" -> "SELECT 1 FROM " + table;
      case "delete", "remove" -> "DELETE FROM " + table;
      default -> "SELECT * FROM " + table;
    };
    StringBuilder sql = new StringBuilder(head);
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(query.or() ? " OR " : " AND ", conditions));
    }
    if (!orders.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", orders));
    }
    int limit = query.verb().equals("exists") ? 1 : query.limit();
    if (limit > 0) {
      sql.append(" LIMIT ").append(limit);
    }
    return sql.toString();
  }

  /**
   * A camel-case property path ({@code DocumentId}, {@code AddressCity}) resolved as Spring Data does,
   * the longest property name first; {@code _} separates explicitly. Returns {@code table.column}.
   */
  private Optional<String> resolveCamel(String path, JpaTables.Mapping mapping, Map<String, TableDoc> seen) {
    return resolveCamel(path, mapping.properties(), mapping.table().name(), seen);
  }

  private Optional<String> resolveCamel(String path, Map<String, JpaTables.Property> properties, String table,
      Map<String, TableDoc> seen) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    int underscore = path.indexOf('_');
    List<Integer> cuts = new ArrayList<>();
    if (underscore > 0) {
      cuts.add(underscore);
    } else {
      cuts.add(path.length());
      for (int i = path.length() - 1; i > 0; i--) {
        if (Character.isUpperCase(path.charAt(i))) {
          cuts.add(i);
        }
      }
    }
    for (int cut : cuts) {
      String head = Character.toLowerCase(path.charAt(0)) + path.substring(1, cut);
      JpaTables.Property property = properties.get(head);
      if (property == null) {
        continue;
      }
      String rest = cut < path.length() && path.charAt(cut) == '_' ? path.substring(cut + 1) : path.substring(cut);
      Optional<String> resolved = step(property, rest, table, seen, r -> resolveCamel(r.rest, r.properties, r.table, seen));
      if (resolved.isPresent()) {
        return resolved;
      }
    }
    return Optional.empty();
  }

  private record Remaining(String rest, Map<String, JpaTables.Property> properties, String table) {}

  /** One property of a path: its column when the path ends here, else the rest resolved in its value or target. */
  private Optional<String> step(JpaTables.Property property, String rest, String table, Map<String, TableDoc> seen,
      java.util.function.Function<Remaining, Optional<String>> next) {
    if (rest.isEmpty()) {
      return property.column() == null ? Optional.empty() : Optional.of(table + "." + property.column());
    }
    if (!property.nested().isEmpty()) {
      return next.apply(new Remaining(rest, property.nested(), table));
    }
    if (property.target() == null) {
      return Optional.empty();
    }
    JpaTables.Mapping target = tables.of(property.target());
    if (target.table().createTable().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> resolved = next.apply(new Remaining(rest, target.properties(), target.table().name()));
    if (resolved.isEmpty()) {
      return resolved;
    }
    String targetColumn = resolved.get().substring(target.table().name().length() + 1);
    List<String> key = target.table().indexes().stream().filter(i -> i.kind().equals(IndexDoc.PRIMARY_KEY))
        .findFirst().map(IndexDoc::columns).orElse(List.of());
    if (property.column() != null && key.equals(List.of(targetColumn))) {
      return Optional.of(table + "." + property.column()); // document.id is the foreign key: no join
    }
    seen.put(target.table().name(), target.table());
    return resolved;
  }

  /** The columns of a JPQL {@code WHERE} clause written as {@code alias.path}; empty when they cannot be told. */
  private Optional<List<String>> jpqlColumns(String jpql, JpaTables.Mapping root, Map<String, TableDoc> seen) {
    if (root.table().createTable().isEmpty()) {
      return Optional.empty();
    }
    seen.put(root.table().name(), root.table());
    Matcher where = WHERE.matcher(jpql);
    if (!where.find()) {
      return Optional.of(List.of());
    }
    Matcher from = FROM.matcher(jpql);
    if (!from.find() || from.group(2) == null || JPQL_WORDS.contains(from.group(2).toLowerCase(Locale.ROOT))) {
      return Optional.empty(); // no alias: the properties are not told apart from parameters and functions
    }
    Matcher paths = Pattern.compile("\\b" + Pattern.quote(from.group(2)) + "\\.([A-Za-z_][\\w.]*)").matcher(where.group(1));
    Set<String> columns = new LinkedHashSet<>();
    while (paths.find()) {
      Optional<String> column = resolveDotted(List.of(paths.group(1).split("\\.")), root.properties(), root.table().name(), seen);
      if (column.isEmpty()) {
        return Optional.empty();
      }
      columns.add(column.get());
    }
    return Optional.of(List.copyOf(columns));
  }

  private Optional<String> resolveDotted(List<String> path, Map<String, JpaTables.Property> properties, String table,
      Map<String, TableDoc> seen) {
    JpaTables.Property property = properties.get(path.get(0));
    if (property == null) {
      return Optional.empty();
    }
    List<String> rest = path.subList(1, path.size());
    return step(property, rest.isEmpty() ? "" : String.join(".", rest), table, seen,
        r -> resolveDotted(List.of(r.rest.split("\\.")), r.properties, r.table, seen));
  }

  /**
   * The filter columns no index serves: a column is served when it is in a leading run of some index
   * of its table (primary key, index, unique constraint) whose columns the query all filters on by
   * value. A column compared ignoring case ({@code UPPER(title) = UPPER(?)}) goes through a function
   * that a plain index does not serve, and ends the run; a negated one is never narrowed by an index
   * and is left out.
   */
  static List<String> unindexed(List<String> columns, Set<String> ignoringCase, Set<String> negated,
      Map<String, TableDoc> tables) {
    List<String> result = new ArrayList<>();
    for (String qualified : columns) {
      if (negated.contains(qualified)) {
        continue; // no index narrows a negation: it is checked on the rows the others select
      }
      if (ignoringCase.contains(qualified)) {
        result.add(qualified);
        continue;
      }
      int dot = qualified.lastIndexOf('.');
      String table = qualified.substring(0, dot);
      String column = qualified.substring(dot + 1);
      TableDoc doc = tables.get(table);
      Set<String> filtered = new HashSet<>();
      for (String other : columns) {
        if (other.startsWith(table + ".") && other.lastIndexOf('.') == dot && !ignoringCase.contains(other)
            && !negated.contains(other)) {
          filtered.add(other.substring(dot + 1));
        }
      }
      boolean served = false;
      for (IndexDoc index : doc == null ? List.<IndexDoc>of() : doc.indexes()) {
        int at = index.columns().indexOf(column);
        if (at >= 0 && filtered.containsAll(index.columns().subList(0, at + 1))) {
          served = true;
          break;
        }
      }
      if (!served) {
        result.add(qualified);
      }
    }
    return result;
  }
}
