package dev.featuredocs.processor.harvest.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The persistence facts the Database success criterion checks: the query methods of a feature's
 * repositories, the columns each filters on, and which of those no index covers. Kept behind this
 * interface so the criterion does not depend on how persistence is harvested; {@link #NONE} when
 * it is not, and the criterion then says "not evaluated".
 */
public interface QueryIndexes {
  QueryIndexes NONE = types -> Optional.empty();

  /** Facts already harvested for the feature, whatever types are asked about. */
  static QueryIndexes of(List<FilteredQuery> queries) {
    List<FilteredQuery> copy = List.copyOf(queries);
    return types -> Optional.of(copy);
  }

  /** The feature's query methods; empty when no persistence facts are available at all. */
  Optional<List<FilteredQuery>> queries(Collection<TypeElement> featureTypes);

  /**
   * A query method and its filter columns.
   *
   * @param repository the repository's simple name (where a note about it goes)
   * @param label {@code DocumentRepository#findByOwner}
   * @param columns the columns it filters on, {@code table.column}
   * @param columnsKnown false when the columns could not be read (native SQL)
   * @param unindexed the filter columns no index covers
   */
  record FilteredQuery(String repository, String label, List<String> columns, boolean columnsKnown,
      List<String> unindexed) {
    public FilteredQuery {
      columns = List.copyOf(columns);
      unindexed = List.copyOf(unindexed);
    }
  }
}
