/**
 * The generated per-feature Java catalog (rule ids and endpoints as constants), written with
 * JavaPoet. May use {@code model} and {@code diag}.
 */
package dev.featuredocs.processor.catalog;
