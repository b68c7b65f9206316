/**
 * Endpoints as a summary states them: method, path, parameters, bodies, statuses. Records only;
 * uses nothing else of the processor.
 */
package dev.featuredocs.processor.model.web;
