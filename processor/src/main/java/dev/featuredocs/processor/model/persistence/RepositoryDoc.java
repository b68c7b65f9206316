package dev.featuredocs.processor.model.persistence;

import java.util.List;

/**
 * A Spring Data repository of the feature.
 *
 * @param name its simple name
 * @param entity the entity it manages ({@code Repository<T, ID>}'s {@code T}), empty when not visible
 * @param table that entity's table, empty when the entity has none
 * @param queries the query methods it declares, in source order
 */
public record RepositoryDoc(String name, String entity, String table, List<QueryDoc> queries) {
  public RepositoryDoc {
    queries = List.copyOf(queries);
  }
}
