package dev.featuredocs.processor.harvest.persistence;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.model.persistence.QueryDoc;
import dev.featuredocs.processor.model.persistence.RepositoryDoc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Queries written as strings in code rather than declared on a Spring Data interface: Quarkus Panache
 * ({@code PanacheRepository} implementations and active-record {@code PanacheEntity} types, their
 * {@code find}/{@code list}/{@code stream}/{@code count}/{@code delete}/{@code update} calls with a query
 * string, Panache's shorthand expanded to the HQL it runs: {@code find("isbn", isbn)} is
 * {@code FROM Book WHERE isbn = ?1}), and JPQL given to an {@code EntityManager}'s {@code createQuery}
 * ({@code createNativeQuery}: native SQL). Read from javac's trees of the feature's methods; a query
 * built at run time (not a literal) is not seen.
 */
public final class PanacheQueries {
  private static final List<String> ENTITY_BASES = List.of(
      "io.quarkus.hibernate.orm.panache.PanacheEntityBase", "io.quarkus.hibernate.reactive.panache.PanacheEntityBase");
  private static final List<String> REPOSITORY_BASES = List.of(
      "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
      "io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase");
  private static final Set<String> ENTITY_MANAGERS = Set.of(
      "jakarta.persistence.EntityManager", "javax.persistence.EntityManager");
  private static final Set<String> OPERATIONS = Set.of("find", "list", "stream", "count", "delete", "update");

  private final Types types;
  private final SourcePaths sources;
  private final RepositoryQueries queries;
  private final JpaTables tables;
  private final javax.lang.model.util.Elements elements;

  public PanacheQueries(Types types, javax.lang.model.util.Elements elements, SourcePaths sources,
      RepositoryQueries queries, JpaTables tables) {
    this.elements = elements;
    this.types = types;
    this.sources = sources;
    this.queries = queries;
    this.tables = tables;
  }

  /** Whether {@code type} is a Panache repository ({@code PanacheRepositoryBase<Entity, Id>}). */
  public boolean isRepository(TypeElement type) {
    return supertype(type.asType(), REPOSITORY_BASES).isPresent();
  }

  /** The entity of a Panache repository, the first type argument of its {@code PanacheRepositoryBase}. */
  Optional<TypeElement> entityOf(TypeElement repository) {
    return supertype(repository.asType(), REPOSITORY_BASES)
        .filter(t -> !t.getTypeArguments().isEmpty() && t.getTypeArguments().get(0).getKind() == TypeKind.DECLARED)
        .map(t -> (TypeElement) ((DeclaredType) t.getTypeArguments().get(0)).asElement());
  }

  private boolean isActiveRecord(TypeElement type) {
    return supertype(type.asType(), ENTITY_BASES).isPresent();
  }

  /**
   * What the members' code queries: the repositories (one {@link RepositoryDoc} per Panache repository,
   * per active-record entity whose queries the members run, and per member that gives JPQL to an
   * {@code EntityManager}, in member order) and the entities those queries reach.
   */
  record Found(List<RepositoryDoc> repositories, List<TypeElement> entities) {}

  Found of(Collection<TypeElement> members) {
    Map<String, TypeElement> activeRecords = new LinkedHashMap<>();
    Map<String, TypeElement> entitiesByName = new LinkedHashMap<>();
    for (TypeElement member : members) {
      if (isActiveRecord(member) && JpaTables.isEntity(member)) {
        activeRecords.put(member.getSimpleName().toString(), member);
      }
      if (JpaTables.isEntity(member)) {
        entitiesByName.put(member.getSimpleName().toString(), member);
      }
      if (isRepository(member)) {
        entityOf(member).ifPresent(e -> entitiesByName.put(e.getSimpleName().toString(), e));
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    Deque<TypeElement> queue = new ArrayDeque<>(members);
    Set<String> scanned = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeElement member = queue.poll();
      if (!scanned.add(member.getQualifiedName().toString())) {
        continue;
      }
      Optional<TypeElement> ownEntity = isRepository(member) ? entityOf(member)
          : activeRecords.containsKey(member.getSimpleName().toString()) ? Optional.of(member) : Optional.empty();
      if (isRepository(member)) {
        groups.computeIfAbsent(Labels.typeName(member), n -> new Group(n, ownEntity.orElse(null)));
      }
      Map<String, TypeElement> repositoryFields = new LinkedHashMap<>();
      Set<String> entityManagerFields = new HashSet<>();
      for (VariableElement field : ElementFilter.fieldsIn(member.getEnclosedElements())) {
        if (field.asType().getKind() == TypeKind.DECLARED) {
          TypeElement fieldType = (TypeElement) ((DeclaredType) field.asType()).asElement();
          if (ENTITY_MANAGERS.contains(fieldType.getQualifiedName().toString())) {
            entityManagerFields.add(field.getSimpleName().toString());
          } else if (isRepository(fieldType)) {
            repositoryFields.put(field.getSimpleName().toString(), fieldType);
          }
        }
      }
      for (ExecutableElement method : ElementFilter.methodsIn(member.getEnclosedElements())) {
        for (StringCall call : calls(method)) {
          String own = Labels.signature(method);
          String elsewhere = Labels.typeName(member) + "." + own;
          if (call.name().startsWith("create")) {
            if (!entityManagerFields.contains(call.receiver()) && !call.receiver().endsWith("getEntityManager()")) {
              continue;
            }
            boolean nativeSql = call.name().equals("createNativeQuery");
            TypeElement entity = nativeSql ? null : entitiesByName.get(RepositoryQueries.fromEntity(call.query()));
            Group group = groups.computeIfAbsent(Labels.typeName(member), n -> new Group(n, null));
            group.queries.add(nativeSql
                ? new QueryDoc(group.name, own, QueryDoc.NATIVE, call.query(), List.of(), false, List.of(), List.of())
                : queries.hql(group.name, own, QueryDoc.JPQL, call.query(), mapping(entity)));
            continue;
          }
          TypeElement entity;
          String groupName;
          if (call.receiver().isEmpty() || call.receiver().equals("this")) {
            if (ownEntity.isEmpty()) {
              continue;
            }
            entity = ownEntity.get();
            groupName = Labels.typeName(member);
          } else if (activeRecord(member, call.receiver(), activeRecords).isPresent()) {
            entity = activeRecord(member, call.receiver(), activeRecords).get();
            groupName = Labels.typeName(entity);
            if (activeRecords.putIfAbsent(entity.getSimpleName().toString(), entity) == null) {
              queue.add(entity); // an entity reached by its static queries: its own queries count too
            }
          } else if (repositoryFields.containsKey(call.receiver())) {
            TypeElement repository = repositoryFields.get(call.receiver());
            Optional<TypeElement> repositoryEntity = entityOf(repository);
            if (repositoryEntity.isEmpty()) {
              continue;
            }
            entity = repositoryEntity.get();
            groupName = Labels.typeName(repository);
          } else {
            continue;
          }
          String hql = expand(call.name(), call.query(), entity.getSimpleName().toString());
          TypeElement groupEntity = entity;
          Group group = groups.computeIfAbsent(groupName, n -> new Group(n, groupEntity));
          String signature = groupName.equals(Labels.typeName(member)) ? own : elsewhere;
          group.queries.add(queries.hql(group.name, signature, QueryDoc.HQL, hql, mapping(entity)));
        }
      }
    }
    List<RepositoryDoc> result = new ArrayList<>();
    List<TypeElement> entities = new ArrayList<>();
    for (Group group : groups.values()) {
      if (group.queries.isEmpty() && group.entity == null) {
        continue;
      }
      if (group.entity != null && JpaTables.isEntity(group.entity)) {
        entities.add(group.entity);
      }
      Optional<JpaTables.Mapping> mapping = mapping(group.entity);
      result.add(new RepositoryDoc(group.name, group.entity == null ? "" : Labels.typeName(group.entity),
          mapping.map(m -> m.table().name()).orElse(""), group.queries));
    }
    return new Found(result, entities);
  }

  /**
   * The active-record entity a call like {@code Author.count(…)} names: a member, else the type of that
   * simple name in the caller's package or imports.
   */
  private Optional<TypeElement> activeRecord(TypeElement caller, String receiver, Map<String, TypeElement> members) {
    if (members.containsKey(receiver)) {
      return Optional.of(members.get(receiver));
    }
    if (receiver.isEmpty() || !Character.isUpperCase(receiver.charAt(0)) || !receiver.matches("[\\w.]+")) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(receiver);
    candidates.add(elements.getPackageOf(caller).getQualifiedName() + "." + receiver);
    for (String imported : sources.imports(caller)) {
      if (imported.endsWith("." + receiver)) {
        candidates.add(0, imported);
      } else if (imported.endsWith(".*")) {
        candidates.add(imported.substring(0, imported.length() - 1) + receiver);
      }
    }
    for (String name : candidates) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        return isActiveRecord(type) && JpaTables.isEntity(type) ? Optional.of(type) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<JpaTables.Mapping> mapping(TypeElement entity) {
    return entity != null && JpaTables.isEntity(entity) ? Optional.of(tables.of(entity)) : Optional.empty();
  }

  private static final class Group {
    final String name;
    final TypeElement entity;
    final List<QueryDoc> queries = new ArrayList<>();

    Group(String name, TypeElement entity) {
      this.name = name;
      this.entity = entity;
    }
  }

  /**
   * The HQL a Panache operation runs for its query string: full HQL as written; else Panache's
   * shorthand, {@code "isbn"} meaning {@code isbn = ?1}, {@code "order by title"} sorting all rows.
   */
  static String expand(String operation, String query, String entity) {
    String q = query.strip().replaceAll("\\s+", " ");
    String lower = q.toLowerCase(Locale.ROOT);
    boolean single = q.matches("[A-Za-z_][\\w.]*");
    String where = single ? q + " = ?1" : q;
    return switch (operation) {
      case "count" -> lower.startsWith("select ") ? q
          : lower.startsWith("from ") ? "SELECT COUNT(*) " + q
          : lower.startsWith("order by ") ? "SELECT COUNT(*) FROM " + entity
          : "SELECT COUNT(*) FROM " + entity + " WHERE " + where;
      case "delete" -> lower.startsWith("delete ") ? q
          : lower.startsWith("from ") ? "DELETE " + q
          : "DELETE FROM " + entity + " WHERE " + where;
      case "update" -> lower.startsWith("update ") ? q
          : lower.startsWith("from ") ? "UPDATE " + q.substring(5)
          : lower.startsWith("set ") ? "UPDATE " + entity + " " + q
          : "UPDATE " + entity + " SET " + q;
      default -> lower.startsWith("from ") || lower.startsWith("select ") ? q
          : lower.startsWith("order by ") ? "FROM " + entity + " " + q
          : lower.startsWith("where ") ? "FROM " + entity + " " + q
          : "FROM " + entity + " WHERE " + where;
    };
  }

  /** A call whose first argument is a string literal: its receiver as written, the method, the literal. */
  private record StringCall(String receiver, String name, String query) {}

  private List<StringCall> calls(ExecutableElement method) {
    Optional<MethodTree> tree = sources.method(method).flatMap(SourcePaths.MethodSource::tree);
    if (tree.isEmpty()) {
      return List.of();
    }
    List<StringCall> result = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ExpressionTree select = call.getMethodSelect();
        String name;
        String receiver;
        if (select instanceof IdentifierTree identifier) {
          name = identifier.getName().toString();
          receiver = "";
        } else if (select instanceof MemberSelectTree member) {
          name = member.getIdentifier().toString();
          receiver = member.getExpression().toString();
          if (receiver.startsWith("this.")) {
            receiver = receiver.substring(5);
          }
        } else {
          return super.visitMethodInvocation(call, unused);
        }
        boolean wanted = OPERATIONS.contains(name) || name.equals("createQuery") || name.equals("createNativeQuery");
        if (wanted && !call.getArguments().isEmpty()
            && call.getArguments().get(0) instanceof LiteralTree literal && literal.getValue() instanceof String text) {
          result.add(new StringCall(receiver, name, text));
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(tree.get(), null);
    return result;
  }

  private Optional<DeclaredType> supertype(TypeMirror type, List<String> names) {
    Deque<TypeMirror> queue = new ArrayDeque<>(List.of(type));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror next = queue.poll();
      for (TypeMirror supertype : types.directSupertypes(next)) {
        if (supertype.getKind() != TypeKind.DECLARED) {
          continue;
        }
        DeclaredType declared = (DeclaredType) supertype;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (names.contains(name)) {
          return Optional.of(declared);
        }
        if (seen.add(name)) {
          queue.add(supertype);
        }
      }
    }
    return Optional.empty();
  }
}
