package dev.featuredocs.processor.model;

/**
 * A type of this feature that injects a type of another feature.
 *
 * @param from the injecting type of this feature
 * @param to the injected type
 * @param feature the feature {@code to} belongs to
 * @param slug that feature's summary file stem, for a link
 */
public record CrossFeatureUse(String from, String to, String feature, String slug) {}
