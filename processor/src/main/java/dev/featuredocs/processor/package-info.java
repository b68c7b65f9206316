/**
 * The entry point: {@code FeatureDocsProcessor} collects each round, runs the pipeline
 * (harvest → model → render → output) once, and reports any failure on an element; options
 * ({@code Option}, {@code ProcessorOptions}) and timing (FD800). May use every package below.
 */
package dev.featuredocs.processor;
