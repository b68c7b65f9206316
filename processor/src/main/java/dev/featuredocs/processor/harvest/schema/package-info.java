/**
 * Request and response schemas: the app's mapper's (Jackson's or JSON-B's) view of a type's properties, Bean Validation
 * constraints, JSON Schema 2020-12, examples and pattern values, model names. May use
 * {@code harvest.javac}, {@code model}, {@code source}, {@code json}.
 */
package dev.featuredocs.processor.harvest.schema;
