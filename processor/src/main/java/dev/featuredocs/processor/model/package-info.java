/**
 * The immutable model a summary is rendered from: {@code FeatureSummary} and the records every
 * section shares (phases, rules, components, services, fragments, slugs). No {@code javax.lang.model},
 * no FreeMarker; the records of one section live in the sub-package named after it.
 */
package dev.featuredocs.processor.model;
