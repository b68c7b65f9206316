package dev.featuredocs.processor.model.persistence;

import java.util.List;

/**
 * A set of columns the database keeps an index for.
 *
 * @param name the declared name, empty when the provider generates one
 * @param columns in index order
 * @param unique whether it enforces uniqueness
 * @param kind {@value #PRIMARY_KEY}, {@code index} ({@code @Index}), {@code unique constraint}
 *     ({@code @UniqueConstraint}) or {@code unique column} ({@code @Column(unique = true)}, one-to-one)
 */
public record IndexDoc(String name, List<String> columns, boolean unique, String kind) {
  public static final String PRIMARY_KEY = "primary key";

  public IndexDoc {
    columns = List.copyOf(columns);
  }
}
