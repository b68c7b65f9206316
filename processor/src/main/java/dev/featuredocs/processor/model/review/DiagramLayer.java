package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * One column of the architecture diagram.
 *
 * @param id a Mermaid id ({@code [A-Za-z][A-Za-z0-9_]*}), unique in the diagram
 * @param title shown above the column
 * @param nodes in a stable order
 */
public record DiagramLayer(String id, String title, List<DiagramNode> nodes) {
  public DiagramLayer {
    nodes = List.copyOf(nodes);
  }
}
