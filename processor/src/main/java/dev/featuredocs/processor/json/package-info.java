/**
 * The JSON writer and reader of the feature model files ({@code META-INF/featuredocs/<slug>.json})
 * and fragments. Uses nothing else of the processor.
 */
package dev.featuredocs.processor.json;
