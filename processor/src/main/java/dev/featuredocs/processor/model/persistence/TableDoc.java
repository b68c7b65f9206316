package dev.featuredocs.processor.model.persistence;

import java.util.List;

/**
 * The table of one entity, as the JPA provider creates it from the mapping.
 *
 * @param entity the entity's simple name
 * @param name the table name ({@code schema.table} when a schema is declared)
 * @param columns in declaration order (superclass columns first), the primary key first
 * @param indexes every indexed column set: primary key, {@code @Index}, unique constraints, unique columns
 * @param createTable the whole {@code CREATE TABLE} statement
 * @param notes what the mapping has that the statement does not show (join tables, inheritance)
 */
public record TableDoc(
    String entity, String name, List<ColumnDoc> columns, List<IndexDoc> indexes, String createTable,
    List<String> notes) {
  public TableDoc {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    notes = List.copyOf(notes);
  }

  /** Indexes other than the primary key: what the template's "Indexes Added" lists. */
  public List<IndexDoc> addedIndexes() {
    return indexes.stream().filter(i -> !i.kind().equals(IndexDoc.PRIMARY_KEY)).toList();
  }
}
