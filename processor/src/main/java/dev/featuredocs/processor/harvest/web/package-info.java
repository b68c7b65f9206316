/**
 * Web endpoints: Spring MVC/WebFlux and JAX-RS mappings, handler methods, parameters, bodies,
 * success and error statuses, exceptions and their handlers. A new web framework goes here. May
 * use {@code harvest.javac}, {@code harvest.component}, {@code harvest.schema}, {@code model}, {@code source}.
 */
package dev.featuredocs.processor.harvest.web;
