package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * The API Architecture as a layered graph: client, endpoints, controllers, services, repositories,
 * entities, … — rendered as a Mermaid {@code flowchart} that GitHub and GitLab draw as-is.
 *
 * @param layers left to right; each a Mermaid subgraph, empty layers left out
 * @param edges in a stable order: by layer of the source, then as built
 */
public record DiagramDoc(List<DiagramLayer> layers, List<DiagramEdge> edges) {
  public DiagramDoc {
    layers = List.copyOf(layers);
    edges = List.copyOf(edges);
  }

  /** Whether there is anything to draw besides the client. */
  public boolean drawable() {
    return layers.stream().mapToInt(l -> l.nodes().size()).sum() > 1;
  }

  /** The Mermaid source, without the code fence; one statement per line. */
  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (DiagramLayer layer : layers) {
      if (layer.nodes().size() == 1 && layer.id().equals(layer.nodes().get(0).id())) {
        out.append("  ").append(node(layer.nodes().get(0))).append('\n');
        continue;
      }
      out.append("  subgraph ").append(layer.id()).append("[\"").append(label(layer.title())).append("\"]\n");
      for (DiagramNode node : layer.nodes()) {
        out.append("    ").append(node(node)).append('\n');
      }
      out.append("  end\n");
    }
    for (DiagramEdge edge : edges) {
      out.append("  ").append(edge.from()).append(" --> ").append(edge.to()).append('\n');
    }
    return out.toString();
  }

  private static String node(DiagramNode node) {
    return node.id() + "[\"" + label(node.label()) + "\"]";
  }

  /**
   * Text safe inside a quoted Mermaid label: quotes, {@code #}, angle brackets and backticks as
   * Mermaid entity codes (HTML-like labels would otherwise swallow {@code <T>}), one line.
   */
  static String label(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '`' -> out.append("#96;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
