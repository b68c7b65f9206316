package dev.featuredocs.processor.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mermaid text of the architecture diagram: escaping, the lone client, subgraphs and arrows. */
class DiagramDocTest {

  @Test
  void labels_escapeWhatMermaidWouldReadAsSyntaxOrHtml() {
    assertEquals("Page#lt;Item#gt; #quot;x#quot; #35;1 #96;y#96; a b", DiagramDoc.label("Page<Item> \"x\" #1 `y` a\nb"));
  }

  @Test
  void mermaid_oneNodeLayerWithItsOwnIdIsABareNode_othersAreSubgraphs() {
    DiagramDoc diagram = new DiagramDoc(
        List.of(new DiagramLayer("L_client", "Client", List.of(new DiagramNode("L_client", "HTTP client"))),
            new DiagramLayer("L_endpoints", "Endpoints", List.of(new DiagramNode("L_endpoints_1", "GET /a/{id}")))),
        List.of(new DiagramEdge("L_client", "L_endpoints_1")));

    assertEquals("""
        flowchart LR
          L_client["HTTP client"]
          subgraph L_endpoints["Endpoints"]
            L_endpoints_1["GET /a/{id}"]
          end
          L_client --> L_endpoints_1
        """, diagram.mermaid());
  }
}
