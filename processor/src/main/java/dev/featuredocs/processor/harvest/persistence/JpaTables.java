package dev.featuredocs.processor.harvest.persistence;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.model.persistence.ColumnDoc;
import dev.featuredocs.processor.model.persistence.IndexDoc;
import dev.featuredocs.processor.model.persistence.TableDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The table an {@code @Entity} maps to, as Hibernate creates it from the mapping: table and column
 * names ({@link JpaNaming}), SQL types from Hibernate's standard type mapping, nullability, lengths,
 * the primary key and its generation, to-one foreign keys, embedded values, indexes and unique
 * constraints. Also the entity's properties, so that repository queries can be resolved to columns.
 *
 * <p>Field access only (annotations on fields, as almost every Spring entity has them); an entity
 * with its {@code @Id} on a getter, or one that extends another entity, gets a note instead of
 * columns rather than a guess. Each entity is mapped once per compilation.
 */
public final class JpaTables {
  private static final int DEFAULT_LENGTH = 255;
  private static final String NOT_NULL_JAKARTA = "jakarta.validation.constraints.NotNull";
  private static final String NOT_NULL_JAVAX = "javax.validation.constraints.NotNull";
  private static final String SIZE_JAKARTA = "jakarta.validation.constraints.Size";
  private static final String SIZE_JAVAX = "javax.validation.constraints.Size";

  private final Jpa jpa;
  private final JpaNaming naming;
  private final Map<String, Mapping> cache = new HashMap<>();

  public JpaTables(Jpa jpa, JpaNaming naming) {
    this.jpa = jpa;
    this.naming = naming;
  }

  /**
   * A mapped property of an entity or embeddable.
   *
   * @param column the column of a basic property or the join column of a to-one association; null otherwise
   * @param target the associated entity (to-one or to-many), null for basic and embedded properties
   * @param nested the properties of an embedded value, empty otherwise
   */
  record Property(String name, String column, TypeElement target, Map<String, Property> nested) {}

  /** An entity's table and properties; {@code table.createTable()} is empty when no table could be told. */
  record Mapping(TableDoc table, Map<String, Property> properties) {}

  public static boolean isEntity(TypeElement type) {
    return Jpa.has(type, "Entity");
  }

  Mapping of(TypeElement entity) {
    String key = entity.getQualifiedName().toString();
    Mapping mapping = cache.get(key);
    if (mapping == null) {
      mapping = map(entity);
      cache.put(key, mapping);
    }
    return mapping;
  }

  /** The table name alone, without mapping the entity (for foreign keys, which may form cycles). */
  String tableName(TypeElement entity) {
    Optional<AnnotationMirror> table = Jpa.find(entity, "Table");
    String name = table.map(t -> jpa.string(t, "name")).filter(n -> !n.isEmpty()).orElse(entityName(entity));
    String schema = table.map(t -> jpa.string(t, "schema")).orElse("");
    return (schema.isEmpty() ? "" : naming.physical(schema) + ".") + naming.physical(name);
  }

  private String entityName(TypeElement entity) {
    String name = Jpa.find(entity, "Entity").map(e -> jpa.string(e, "name")).orElse("");
    return name.isEmpty() ? entity.getSimpleName().toString() : name;
  }

  private Mapping map(TypeElement entity) {
    String table = tableName(entity);
    List<String> notes = new ArrayList<>();
    List<TypeElement> chain = new ArrayList<>();
    TypeElement parentEntity = null;
    for (TypeElement t = superclass(entity); t != null; t = superclass(t)) {
      if (isEntity(t)) {
        parentEntity = t;
        break;
      }
      if (Jpa.has(t, "MappedSuperclass")) {
        chain.add(0, t);
      }
    }
    chain.add(entity);
    if (parentEntity != null) {
      notes.add("extends entity " + Labels.typeName(parentEntity) + ": its columns go where the inheritance strategy of "
          + Labels.typeName(parentEntity) + " puts them, which this summary does not show");
      return new Mapping(new TableDoc(Labels.typeName(entity), "", List.of(), List.of(), "", notes), Map.of());
    }
    List<VariableElement> fields = new ArrayList<>();
    chain.forEach(t -> fields.addAll(persistentFields(t)));
    if (fields.stream().noneMatch(f -> Jpa.has(f, "Id") || Jpa.has(f, "EmbeddedId")) && hasIdGetter(chain)) {
      notes.add("maps its properties through getters (property access): its columns are not read by featuredocs");
      return new Mapping(new TableDoc(Labels.typeName(entity), table, List.of(), List.of(), "", notes), Map.of());
    }
    List<ColumnDoc> columns = new ArrayList<>();
    List<IndexDoc> uniqueColumns = new ArrayList<>();
    Map<String, Property> properties = new LinkedHashMap<>();
    for (VariableElement field : fields) {
      properties.put(field.getSimpleName().toString(), column(field, "", Map.of(), columns, uniqueColumns, notes));
    }
    columns.sort((a, b) -> Boolean.compare(b.primaryKey(), a.primaryKey())); // stable: key first, then declaration order
    List<IndexDoc> indexes = new ArrayList<>();
    List<String> key = columns.stream().filter(ColumnDoc::primaryKey).map(ColumnDoc::name).toList();
    if (!key.isEmpty()) {
      indexes.add(new IndexDoc("", key, true, IndexDoc.PRIMARY_KEY));
    } else {
      notes.add("no @Id or @EmbeddedId: JPA requires an identifier, so the provider rejects this entity");
    }
    Optional<AnnotationMirror> tableAnnotation = Jpa.find(entity, "Table");
    tableAnnotation.ifPresent(t -> {
      for (AnnotationMirror index : jpa.annotations(t, "indexes")) {
        indexes.add(new IndexDoc(jpa.string(index, "name"), columnList(jpa.string(index, "columnList")),
            jpa.bool(index, "unique", false), "index"));
      }
      for (AnnotationMirror unique : jpa.annotations(t, "uniqueConstraints")) {
        indexes.add(new IndexDoc(jpa.string(unique, "name"),
            jpa.strings(unique, "columnNames").stream().map(String::strip).map(naming::physical).toList(),
            true, "unique constraint"));
      }
    });
    indexes.addAll(uniqueColumns);
    TableDoc doc = new TableDoc(Labels.typeName(entity), table, columns, indexes,
        createTable(table, columns, indexes), notes);
    return new Mapping(doc, properties);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  private static List<VariableElement> persistentFields(TypeElement type) {
    List<VariableElement> result = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
          && !Jpa.has(field, "Transient")) {
        result.add(field);
      }
    }
    return result;
  }

  private static boolean hasIdGetter(List<TypeElement> chain) {
    for (TypeElement type : chain) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (Jpa.has(method, "Id") || Jpa.has(method, "EmbeddedId")) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code "owner, created_at DESC"} → {@code [owner, created_at]}. */
  private List<String> columnList(String list) {
    List<String> result = new ArrayList<>();
    for (String part : list.split(",")) {
      String name = part.strip().split("\\s+")[0];
      if (!name.isEmpty()) {
        result.add(naming.physical(name));
      }
    }
    return result;
  }

  /** Adds the field's columns; returns it as a property. {@code prefix} and {@code overrides} are an embedded value's. */
  private Property column(VariableElement field, String prefix, Map<String, String> overrides, List<ColumnDoc> columns,
      List<IndexDoc> uniqueColumns, List<String> notes) {
    String name = field.getSimpleName().toString();
    String path = prefix + name;
    TypeMirror type = field.asType();
    TypeElement typeElement = type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;

    for (String toMany : List.of("OneToMany", "ManyToMany", "ElementCollection")) {
      if (Jpa.has(field, toMany)) {
        TypeElement target = elementType(type);
        notes.add(path + " (@" + toMany + "): " + (toMany.equals("OneToMany") && !jpa.string(Jpa.find(field, toMany).get(), "mappedBy").isEmpty()
            ? "its foreign key is a column of the other entity's table"
            : "held in a join or collection table that this summary does not show"));
        return new Property(name, null, target != null && isEntity(target) ? target : null, Map.of());
      }
    }
    boolean embeddedId = Jpa.has(field, "EmbeddedId");
    if (embeddedId || Jpa.has(field, "Embedded") || (typeElement != null && Jpa.has(typeElement, "Embeddable"))) {
      Map<String, String> nestedOverrides = new HashMap<>(overrides);
      nestedOverrides.putAll(attributeOverrides(field));
      Map<String, Property> nested = new LinkedHashMap<>();
      List<ColumnDoc> embedded = new ArrayList<>();
      if (typeElement != null) {
        for (VariableElement inner : persistentFields(typeElement)) {
          nested.put(inner.getSimpleName().toString(),
              column(inner, path + ".", nestedOverrides, embedded, uniqueColumns, notes));
        }
      }
      for (ColumnDoc c : embedded) {
        columns.add(embeddedId ? new ColumnDoc(c.name(), c.field(), c.sqlType(), false, c.length(), true, "", "", "", c.check()) : c);
      }
      return new Property(name, null, null, nested);
    }
    Optional<AnnotationMirror> toOne = Jpa.find(field, "ManyToOne").or(() -> Jpa.find(field, "OneToOne"));
    if (toOne.isPresent()) {
      boolean oneToOne = Mirrors.name(toOne.get()).endsWith("OneToOne");
      if (oneToOne && !jpa.string(toOne.get(), "mappedBy").isEmpty()) {
        return new Property(name, null, typeElement, Map.of()); // the other side holds the key
      }
      return joinColumn(field, path, typeElement, toOne.get(), oneToOne, columns, uniqueColumns);
    }

    Optional<AnnotationMirror> column = Jpa.find(field, "Column");
    String written = column.map(c -> jpa.string(c, "name")).orElse("");
    String relative = prefix.isEmpty() ? name : path.substring(path.indexOf('.') + 1);
    String logical = !written.isEmpty() ? written : overrides.getOrDefault(relative, name);
    String columnName = naming.physical(logical);
    boolean id = Jpa.has(field, "Id");
    boolean nullable = !id && !type.getKind().isPrimitive() && column.map(c -> jpa.bool(c, "nullable", true)).orElse(true)
        && !Mirrors.hasAny(field, NOT_NULL_JAKARTA, NOT_NULL_JAVAX);
    String generated = Jpa.find(field, "GeneratedValue").map(g -> {
      String strategy = jpa.constant(g, "strategy");
      return strategy.isEmpty() ? "AUTO" : strategy;
    }).orElse("");
    int explicitLength = column.map(c -> jpa.integer(c, "length", DEFAULT_LENGTH)).orElse(DEFAULT_LENGTH);
    boolean lengthGiven = column.isPresent() && Mirrors.explicit(column.get(), "length").isPresent();
    if (!lengthGiven) {
      Optional<AnnotationMirror> size = Mirrors.find(field, SIZE_JAKARTA).or(() -> Mirrors.find(field, SIZE_JAVAX));
      if (size.isPresent() && jpa.integer(size.get(), "max", Integer.MAX_VALUE) < Integer.MAX_VALUE) {
        explicitLength = jpa.integer(size.get(), "max", Integer.MAX_VALUE);
      }
    }
    String definition = column.map(c -> jpa.string(c, "columnDefinition")).orElse("");
    SqlType sql = definition.isEmpty()
        ? sqlType(field, type, explicitLength, column.map(c -> jpa.integer(c, "precision", 0)).orElse(0),
            column.map(c -> jpa.integer(c, "scale", 0)).orElse(0))
        : new SqlType(definition, 0);
    columns.add(new ColumnDoc(columnName, path, sql.text(), nullable, sql.length(), id, generated, "", "",
        definition.isEmpty() ? enumCheck(field, type, columnName) : ""));
    if (column.map(c -> jpa.bool(c, "unique", false)).orElse(false)) {
      uniqueColumns.add(new IndexDoc("", List.of(columnName), true, "unique column"));
    }
    return new Property(name, columnName, null, Map.of());
  }

  private Property joinColumn(VariableElement field, String path, TypeElement target, AnnotationMirror toOne,
      boolean oneToOne, List<ColumnDoc> columns, List<IndexDoc> uniqueColumns) {
    Optional<AnnotationMirror> join = Jpa.find(field, "JoinColumn");
    Key referenced = target == null ? new Key("id", new SqlType("?", 0)) : key(target);
    String written = join.map(j -> jpa.string(j, "name")).orElse("");
    String columnName = naming.physical(written.isEmpty() ? field.getSimpleName() + "_" + referenced.column() : written);
    boolean nullable = join.map(j -> jpa.bool(j, "nullable", true)).orElse(true) && jpa.bool(toOne, "optional", true)
        && !Mirrors.hasAny(field, NOT_NULL_JAKARTA, NOT_NULL_JAVAX);
    String fetch = jpa.constant(toOne, "fetch");
    String references = target == null ? "" : tableName(target) + "(" + referenced.column() + ")";
    columns.add(new ColumnDoc(columnName, path, referenced.type().text(), nullable, referenced.type().length(), false, "",
        references, fetch.isEmpty() ? "EAGER" : fetch, ""));
    if (oneToOne || join.map(j -> jpa.bool(j, "unique", false)).orElse(false)) {
      uniqueColumns.add(new IndexDoc("", List.of(columnName), true, "unique column"));
    }
    return new Property(field.getSimpleName().toString(), columnName, target, Map.of());
  }

  private record Key(String column, SqlType type) {}

  /** The primary key column of an entity, for the foreign keys that reference it. */
  private Key key(TypeElement entity) {
    for (TypeElement t = entity; t != null; t = superclass(t)) {
      for (VariableElement field : persistentFields(t)) {
        if (Jpa.has(field, "Id")) {
          Optional<AnnotationMirror> column = Jpa.find(field, "Column");
          String written = column.map(c -> jpa.string(c, "name")).orElse("");
          String name = naming.physical(written.isEmpty() ? field.getSimpleName().toString() : written);
          return new Key(name, sqlType(field, field.asType(), column.map(c -> jpa.integer(c, "length", DEFAULT_LENGTH)).orElse(DEFAULT_LENGTH), 0, 0));
        }
      }
    }
    return new Key(naming.physical("id"), new SqlType("?", 0));
  }

  /**
   * The check Hibernate adds to an enum column: its constant names ({@code STRING}) or its ordinal
   * range ({@code ORDINAL}). H2 and MySQL store a {@code STRING} enum in their native ENUM type instead.
   */
  private String enumCheck(VariableElement field, TypeMirror type, String column) {
    if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).asElement().getKind() != ElementKind.ENUM) {
      return "";
    }
    List<String> constants = ((DeclaredType) type).asElement().getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList();
    String enumType = Jpa.find(field, "Enumerated").map(e -> jpa.constant(e, "value")).orElse("ORDINAL");
    if (enumType.equals("STRING")) {
      return column + " IN (" + constants.stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", ")) + ")";
    }
    return constants.isEmpty() ? "" : column + " BETWEEN 0 AND " + (constants.size() - 1);
  }

  private Map<String, String> attributeOverrides(VariableElement field) {
    Map<String, String> result = new HashMap<>();
    List<AnnotationMirror> overrides = new ArrayList<>(Jpa.find(field, "AttributeOverride").map(List::of).orElse(List.of()));
    Jpa.find(field, "AttributeOverrides").ifPresent(o -> overrides.addAll(jpa.annotations(o, "value")));
    for (AnnotationMirror override : overrides) {
      for (AnnotationMirror column : jpa.annotations(override, "column")) {
        String name = jpa.string(column, "name");
        if (!name.isEmpty()) {
          result.put(jpa.string(override, "name"), name);
        }
      }
    }
    return result;
  }

  record SqlType(String text, int length) {}

  /** Hibernate's standard mapping of a Java type, as most dialects spell it. */
  private SqlType sqlType(VariableElement field, TypeMirror type, int length, int precision, int scale) {
    boolean lob = Jpa.has(field, "Lob");
    switch (type.getKind()) {
      case BOOLEAN: return new SqlType("BOOLEAN", 0);
      case BYTE: return new SqlType("TINYINT", 0);
      case SHORT: return new SqlType("SMALLINT", 0);
      case INT: return new SqlType("INTEGER", 0);
      case LONG: return new SqlType("BIGINT", 0);
      case FLOAT: return new SqlType("REAL", 0);
      case DOUBLE: return new SqlType("DOUBLE PRECISION", 0);
      case CHAR: return new SqlType("CHAR(1)", 0);
      case ARRAY:
        return lob ? new SqlType("BLOB", 0) : new SqlType("VARBINARY(" + length + ")", length);
      case DECLARED: break;
      default: return new SqlType("?", 0);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      String enumType = Jpa.find(field, "Enumerated").map(e -> jpa.constant(e, "value")).orElse("ORDINAL");
      if (enumType.equals("STRING")) {
        return new SqlType("VARCHAR(" + length + ")", length);
      }
      long constants = element.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).count();
      return new SqlType(constants < 128 ? "TINYINT" : "SMALLINT", 0);
    }
    String temporal = Jpa.find(field, "Temporal").map(t -> jpa.constant(t, "value")).orElse("TIMESTAMP");
    switch (element.getQualifiedName().toString()) {
      case "java.lang.String":
        return lob ? new SqlType("CLOB", 0) : new SqlType("VARCHAR(" + length + ")", length);
      case "java.lang.Boolean": return new SqlType("BOOLEAN", 0);
      case "java.lang.Byte": return new SqlType("TINYINT", 0);
      case "java.lang.Short": return new SqlType("SMALLINT", 0);
      case "java.lang.Integer": return new SqlType("INTEGER", 0);
      case "java.lang.Long": return new SqlType("BIGINT", 0);
      case "java.lang.Float": return new SqlType("REAL", 0);
      case "java.lang.Double": return new SqlType("DOUBLE PRECISION", 0);
      case "java.lang.Character": return new SqlType("CHAR(1)", 0);
      case "java.math.BigDecimal":
        return new SqlType("NUMERIC(" + (precision > 0 ? precision : 38) + "," + (precision > 0 ? scale : 2) + ")", 0);
      case "java.math.BigInteger": return new SqlType("NUMERIC(" + (precision > 0 ? precision : 38) + ",0)", 0);
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime":
        return new SqlType("TIMESTAMP(6) WITH TIME ZONE", 0);
      case "java.time.LocalDateTime", "java.sql.Timestamp": return new SqlType("TIMESTAMP(6)", 0);
      case "java.time.LocalDate", "java.sql.Date": return new SqlType("DATE", 0);
      case "java.time.LocalTime", "java.sql.Time": return new SqlType("TIME", 0);
      case "java.time.OffsetTime": return new SqlType("TIME WITH TIME ZONE", 0);
      case "java.util.Date", "java.util.Calendar":
        return new SqlType(temporal.equals("DATE") ? "DATE" : temporal.equals("TIME") ? "TIME" : "TIMESTAMP(6)", 0);
      case "java.util.UUID": return new SqlType("UUID", 0);
      default:
        return new SqlType("? /* " + element.getSimpleName() + ": depends on its converter or user type */", 0);
    }
  }

  private static TypeElement elementType(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (!arguments.isEmpty()) {
        TypeMirror last = arguments.get(arguments.size() - 1); // Map<K, V>: the value
        return last.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) last).asElement() : null;
      }
    }
    return null;
  }

  /** The statement: columns, primary key, unique constraints and foreign keys; {@code @Index}es are listed apart. */
  static String createTable(String table, List<ColumnDoc> columns, List<IndexDoc> indexes) {
    int width = columns.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (ColumnDoc column : columns) {
      StringBuilder line = new StringBuilder("    ").append(pad(column.name(), width)).append(' ').append(column.sqlType());
      if (column.generated().equals("IDENTITY")) {
        line.append(" GENERATED BY DEFAULT AS IDENTITY");
      }
      if (!column.nullable()) {
        line.append(" NOT NULL");
      }
      if (!column.check().isEmpty()) {
        line.append(" CHECK (").append(column.check()).append(')');
      }
      lines.add(line.toString());
    }
    for (IndexDoc index : indexes) {
      String columnsText = String.join(", ", index.columns());
      if (index.kind().equals(IndexDoc.PRIMARY_KEY)) {
        lines.add("    PRIMARY KEY (" + columnsText + ")");
      } else if (index.unique() && !index.kind().equals("index")) {
        lines.add("    " + (index.name().isEmpty() ? "" : "CONSTRAINT " + index.name() + " ") + "UNIQUE (" + columnsText + ")");
      }
    }
    for (ColumnDoc column : columns) {
      if (!column.references().isEmpty()) {
        int paren = column.references().indexOf('(');
        lines.add("    FOREIGN KEY (" + column.name() + ") REFERENCES " + column.references().substring(0, paren) + " "
            + column.references().substring(paren));
      }
    }
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (\n");
    for (int i = 0; i < lines.size(); i++) {
      sql.append(lines.get(i)).append(i + 1 < lines.size() ? ",\n" : "\n");
    }
    sql.append(");");
    for (ColumnDoc column : columns) {
      if (!column.generated().isEmpty() && !column.generated().equals("IDENTITY")) {
        sql.append("\n-- ").append(column.name()).append(": generated by the JPA provider, strategy ")
            .append(column.generated().toUpperCase(Locale.ROOT));
      }
    }
    return sql.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
