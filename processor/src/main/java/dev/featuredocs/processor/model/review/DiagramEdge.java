package dev.featuredocs.processor.model.review;

/**
 * An arrow of the architecture diagram: a request path, a call or an injection.
 *
 * @param from the id of the node it starts at
 * @param to the id of the node it points to
 */
public record DiagramEdge(String from, String to) {}
