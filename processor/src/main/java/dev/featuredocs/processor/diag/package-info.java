/**
 * Diagnostics: the catalogue of messages ({@code Message}, FD codes) and the one helper that
 * reports them on an element, annotation and attribute. Uses nothing else of the processor.
 */
package dev.featuredocs.processor.diag;
