/**
 * The feature itself: the round collector, {@code @Feature}/{@code @Phase}/{@code @BusinessRule}
 * reading and membership, the catalog's contents, and the builder that assembles one
 * {@code FeatureSummary} from every other harvest package. May use all of them except {@code tests}.
 */
package dev.featuredocs.processor.harvest.feature;
