package dev.featuredocs.processor.harvest.persistence;

import dev.featuredocs.processor.harvest.component.ComponentHarvester;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.persistence.PersistenceDoc;
import dev.featuredocs.processor.model.persistence.RepositoryDoc;
import dev.featuredocs.processor.model.persistence.TableDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The feature's persistence: the tables of its {@code @Entity} types and of the entities its
 * repositories manage ({@code Repository<T, ID>}, {@code PanacheRepository<T>}), its Spring Data
 * repositories with their query methods, the queries its code writes as strings (Panache,
 * {@code EntityManager}: {@link PanacheQueries}), and the migration files that mention its tables.
 */
public final class PersistenceHarvester {
  private final ComponentHarvester components;
  private final JpaTables tables;
  private final RepositoryQueries queries;
  private final Migrations migrations;
  private final JpaNaming naming;
  private final PanacheQueries panache;

  public PersistenceHarvester(ComponentHarvester components, JpaTables tables, RepositoryQueries queries,
      PanacheQueries panache, Migrations migrations, JpaNaming naming) {
    this.panache = panache;
    this.components = components;
    this.tables = tables;
    this.queries = queries;
    this.migrations = migrations;
    this.naming = naming;
  }

  public PersistenceDoc harvest(Collection<TypeElement> members) {
    Map<String, TypeElement> entities = new LinkedHashMap<>();
    List<RepositoryDoc> repositories = new ArrayList<>();
    for (TypeElement type : members) {
      if (JpaTables.isEntity(type)) {
        entities.putIfAbsent(type.getQualifiedName().toString(), type);
      }
      if (components.role(type) == Role.REPOSITORY) {
        Optional<TypeElement> entity = queries.entityOf(type);
        if (entity.isPresent()) { // a Spring Data repository; a plain @Repository class runs its own code
          entity.filter(JpaTables::isEntity).ifPresent(e -> entities.putIfAbsent(e.getQualifiedName().toString(), e));
          repositories.add(queries.of(type));
        }
      }
    }
    PanacheQueries.Found written = panache.of(members);
    repositories.addAll(written.repositories());
    written.entities().forEach(e -> entities.putIfAbsent(e.getQualifiedName().toString(), e));
    for (TypeElement type : members) {
      if (panache.isRepository(type)) {
        panache.entityOf(type).filter(JpaTables::isEntity)
            .ifPresent(e -> entities.putIfAbsent(e.getQualifiedName().toString(), e));
      }
    }
    List<TableDoc> tableDocs = entities.values().stream().map(e -> tables.of(e).table())
        .sorted(Comparator.comparing(TableDoc::name).thenComparing(TableDoc::entity)).toList();
    repositories.sort(Comparator.comparing(RepositoryDoc::name));
    List<String> names = tableDocs.stream().map(TableDoc::name).filter(n -> !n.isEmpty()).toList();
    return new PersistenceDoc(naming == JpaNaming.JPA ? "jpa" : "spring", tableDocs, repositories, migrations.label(),
        names.isEmpty() ? List.of() : migrations.mentioning(names));
  }
}
