package dev.featuredocs.processor.model.review;

/**
 * A box of the architecture diagram.
 *
 * @param id a Mermaid id ({@code [A-Za-z][A-Za-z0-9_]*}), unique in the diagram
 * @param label the text shown, any characters (escaped when rendered)
 */
public record DiagramNode(String id, String label) {}
