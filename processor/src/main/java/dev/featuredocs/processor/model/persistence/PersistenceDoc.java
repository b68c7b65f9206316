package dev.featuredocs.processor.model.persistence;

import java.util.List;

/**
 * What the feature stores, as JPA and Spring Data declare it: the tables of its entities, its
 * repositories with their query methods, and the migration files that mention its tables.
 *
 * @param naming how table and column names were derived: {@code spring} (Spring Boot's snake_case)
 *     or {@code jpa} (JPA's default, names as written)
 * @param tables one per {@code @Entity} of the feature or managed by its repositories, by table name
 * @param repositories the feature's Spring Data repositories, by name
 * @param migrationsDir the migrations directory as a short label ({@code src/main/resources/db/migration}),
 *     empty when {@code -Afeaturedocs.migrations} is not set
 * @param migrations files in that directory that mention one of the tables, relative to it, in version order
 */
public record PersistenceDoc(
    String naming, List<TableDoc> tables, List<RepositoryDoc> repositories, String migrationsDir,
    List<String> migrations) {
  public PersistenceDoc {
    tables = List.copyOf(tables);
    repositories = List.copyOf(repositories);
    migrations = List.copyOf(migrations);
  }

  /** Nothing stored: no entity, no repository. */
  public boolean empty() {
    return tables.isEmpty() && repositories.isEmpty();
  }

  /** Query methods with a filter column that no index leads with. */
  public List<QueryDoc> unindexedQueries() {
    return repositories.stream().flatMap(r -> r.queries().stream())
        .filter(q -> !q.unindexed().isEmpty()).toList();
  }
}
