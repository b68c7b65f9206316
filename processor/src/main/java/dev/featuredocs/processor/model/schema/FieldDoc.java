package dev.featuredocs.processor.model.schema;

/**
 * A property of a model as JSON carries it.
 *
 * @param name the wire name (after {@code @JsonProperty} and naming strategies)
 * @param type the Java type, simple names
 * @param required whether a valid document must contain it (and not as {@code null})
 * @param constraints what validation requires of it, in words: {@code 1–200 characters}, {@code e-mail}
 * @param defaultValue the value it has when absent, as written in source; empty when none
 * @param description from javadoc ({@code @param} of a record component, else the field's javadoc)
 */
public record FieldDoc(
    String name, String type, boolean required, String constraints, String defaultValue, String description) {}
