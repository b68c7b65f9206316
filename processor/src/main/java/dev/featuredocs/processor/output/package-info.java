/**
 * Where bytes go: class output ({@code ClassOutput}: the {@code Filer}, or directly after its first file with a docs
 * directory), the committed docs directory, write and verify modes,
 * manual blocks kept across regeneration. May use {@code model}, {@code render}, {@code json},
 * {@code fragment}, {@code diag}.
 */
package dev.featuredocs.processor.output;
