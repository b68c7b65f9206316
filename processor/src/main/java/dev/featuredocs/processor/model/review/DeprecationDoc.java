package dev.featuredocs.processor.model.review;

/**
 * A deprecated type or member of the feature.
 *
 * @param element {@code Type} or {@code Type#member(...)}
 * @param since {@code @Deprecated(since)}, empty when not given
 * @param forRemoval {@code @Deprecated(forRemoval)}
 * @param note the {@code @deprecated} javadoc text, on one line; empty when none
 */
public record DeprecationDoc(String element, String since, boolean forRemoval, String note) {}
