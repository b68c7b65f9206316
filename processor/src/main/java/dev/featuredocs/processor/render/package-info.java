/**
 * Rendering: one strict FreeMarker configuration over the built-in or a custom template, the
 * Markdown escaping, and the JSON model writer. May use {@code model} and {@code json}.
 */
package dev.featuredocs.processor.render;
