package dev.featuredocs.processor.model.web;

/**
 * A parameter of an endpoint, outside the body.
 *
 * @param name the name on the wire
 * @param in {@code path}, {@code query}, {@code header}, {@code cookie}, {@code form} or {@code matrix} (a
 *     matrix variable of a path segment, {@code /cars;color=red})
 * @param type its Java type, simple names
 * @param required whether a request without it is rejected
 * @param defaultValue the value used when it is absent, empty when none
 * @param constraints Bean Validation constraints on it, as written ({@code @Min(1)}), empty when none
 * @param description from the handler's {@code @param} javadoc, empty when none
 */
public record ParameterDoc(
    String name, String in, String type, boolean required, String defaultValue, String constraints, String description) {}
