/**
 * Where bytes go: the {@code Filer} copy, the committed docs directory, write and verify modes,
 * manual blocks kept across regeneration. May use {@code model}, {@code render}, {@code json},
 * {@code fragment}, {@code diag}.
 */
package dev.featuredocs.processor.output;
