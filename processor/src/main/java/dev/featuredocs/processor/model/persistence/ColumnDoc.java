package dev.featuredocs.processor.model.persistence;

/**
 * A column of an entity's table.
 *
 * @param name the column name
 * @param field the mapped field, {@code address.city} for a column of an embedded value
 * @param sqlType the SQL type Hibernate's standard mapping gives the Java type, e.g. {@code VARCHAR(200)}
 * @param nullable false for primary keys, primitives, {@code nullable = false}, {@code optional = false}, {@code @NotNull}
 * @param length the declared length of a character or binary column, 0 for other types
 * @param primaryKey part of the primary key
 * @param generated how the key is generated ({@code IDENTITY}, {@code SEQUENCE}, …), empty when not
 * @param references {@code table(column)} for a foreign key, else empty
 * @param fetch {@code LAZY} or {@code EAGER} for a to-one association's column, else empty
 * @param check the check constraint Hibernate adds, {@code status IN ('DRAFT', 'PUBLISHED')} for an
 *     enum; empty when none
 */
public record ColumnDoc(
    String name, String field, String sqlType, boolean nullable, int length, boolean primaryKey,
    String generated, String references, String fetch, String check) {}
