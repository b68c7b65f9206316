package dev.featuredocs.processor.model.persistence;

import java.util.List;

/**
 * A query method of a repository.
 *
 * @param repository the repository's simple name
 * @param signature the method's signature, {@code findByOwner(String owner) -> List<Document>}
 * @param kind {@value #DERIVED} (from the method name), {@value #JPQL} or {@value #NATIVE} ({@code @Query}, or given
 *     to an {@code EntityManager}), {@value #HQL} (a Panache query string, expanded)
 * @param query the {@code @Query} text, or the derived query's predicate in words
 * @param columns the columns it filters on, as {@code table.column}, in predicate order
 * @param columnsKnown false when the columns could not be read (native SQL, a name Spring Data would reject)
 * @param unindexed the filter columns that no index of the table leads with (a column counts as
 *     indexed when it is in a leading run of an index's columns that the query all filters on)
 * @param negated the filter columns compared by negation ({@code <>}, {@code NOT LIKE}, {@code IS NOT NULL}…):
 *     no index narrows such a condition, so they are neither served nor flagged
 */
public record QueryDoc(
    String repository, String signature, String kind, String query, List<String> columns, boolean columnsKnown,
    List<String> unindexed, List<String> negated) {
  public static final String DERIVED = "derived";
  public static final String JPQL = "JPQL";
  public static final String NATIVE = "native SQL";
  public static final String HQL = "HQL";

  public QueryDoc {
    columns = List.copyOf(columns);
    unindexed = List.copyOf(unindexed);
    negated = List.copyOf(negated);
  }

  /** {@code Repository#method}, how checks and notes name it. */
  public String label() {
    int paren = signature.indexOf('(');
    return repository + "#" + (paren < 0 ? signature : signature.substring(0, paren));
  }
}
