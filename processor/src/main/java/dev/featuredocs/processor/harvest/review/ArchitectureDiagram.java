package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.persistence.TableDoc;
import dev.featuredocs.processor.model.review.DiagramDoc;
import dev.featuredocs.processor.model.review.DiagramEdge;
import dev.featuredocs.processor.model.review.DiagramLayer;
import dev.featuredocs.processor.model.review.DiagramNode;
import dev.featuredocs.processor.model.review.ExternalApiDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the API Architecture diagram, layer by layer, left to right: client → endpoints →
 * controllers → services → repositories → entities, with arrows along requests, injection and
 * repository domain types. A further layer (tables, external APIs) is one {@link #layer} call with
 * its nodes and the keys of the nodes that point at each.
 *
 * <p>Nodes are addressed by key ({@code role:Name}); Mermaid ids are derived from the layer and a
 * counter, so they are valid whatever the names, and stable for the same input.
 */
final class ArchitectureDiagram {
  static final String CLIENT = "client";

  /**
   * A node to add, with the keys of the nodes that point at it.
   *
   * @param key how edges name it, unique in the diagram
   * @param label what the box shows
   * @param from keys of the nodes with an arrow to it; unknown keys are ignored
   */
  record Node(String key, String label, List<String> from) {
    Node {
      from = List.copyOf(from);
    }
  }

  private record Layer(String id, String title, List<DiagramNode> nodes) {}

  private final Map<String, Layer> layers = new LinkedHashMap<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Integer> position = new HashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();

  /** The standard layers of a feature: its endpoints and the types along injection from its controllers. */
  static ArchitectureDiagram of(List<EndpointDoc> endpoints, List<Component> components,
      Map<String, List<String>> repositoryDomainTypes) {
    ArchitectureDiagram diagram = new ArchitectureDiagram();
    diagram.layer("client", "Client", List.of(new Node(CLIENT, "HTTP client", List.of())));
    List<Node> endpointNodes = new ArrayList<>();
    Map<String, List<String>> controllers = new LinkedHashMap<>();
    for (EndpointDoc endpoint : endpoints) {
      String key = "endpoint:" + endpoint.method() + " " + endpoint.path();
      endpointNodes.add(new Node(key, endpoint.method() + " " + endpoint.path(), List.of(CLIENT)));
      String controller = endpoint.handler().substring(0, endpoint.handler().indexOf('#'));
      controllers.computeIfAbsent(controller, c -> new ArrayList<>()).add(key);
    }
    diagram.layer("endpoints", "Endpoints", endpointNodes);
    for (Component component : components) {
      if (component.role() == Role.CONTROLLER) {
        controllers.putIfAbsent(component.name(), new ArrayList<>());
      }
    }
    List<Node> controllerNodes = new ArrayList<>();
    controllers.keySet().stream().sorted()
        .forEach(c -> controllerNodes.add(new Node("type:" + c, c, controllers.get(c))));
    diagram.layer("controllers", "Controllers", controllerNodes);
    Map<String, List<String>> injectedBy = new HashMap<>();
    for (Component component : components) {
      for (String dependency : component.dependsOn()) {
        injectedBy.computeIfAbsent(dependency, d -> new ArrayList<>()).add("type:" + component.name());
      }
    }
    for (Map.Entry<String, List<String>> repository : repositoryDomainTypes.entrySet()) {
      for (String entity : repository.getValue()) {
        injectedBy.computeIfAbsent(entity, d -> new ArrayList<>()).add("type:" + repository.getKey());
      }
    }
    diagram.layer("services", "Services", roles(components, injectedBy, Role.SERVICE, Role.COMPONENT));
    diagram.layer("repositories", "Repositories", roles(components, injectedBy, Role.REPOSITORY));
    diagram.layer("entities", "Entities", roles(components, injectedBy, Role.ENTITY));
    return diagram;
  }

  /** The tables the feature's entities map to, each from its entity. */
  ArchitectureDiagram tables(List<TableDoc> tables) {
    List<Node> nodes = new ArrayList<>();
    for (TableDoc table : tables) {
      nodes.add(new Node("table:" + table.name(), "table " + table.name(), List.of("type:" + table.entity())));
    }
    return layer("tables", "Tables", nodes);
  }

  /**
   * The external APIs the feature calls, each from the type holding the client: the field's type for
   * a client field ({@code Type.field}), else the feature's types that inject the client interface.
   */
  ArchitectureDiagram externalApis(List<ExternalApiDoc> apis, List<Component> components) {
    List<Node> nodes = new ArrayList<>();
    for (ExternalApiDoc api : apis) {
      List<String> from = new ArrayList<>();
      int dot = api.client().indexOf('.');
      if (dot > 0) {
        from.add("type:" + api.client().substring(0, dot));
      } else {
        for (Component component : components) {
          if (component.dependsOn().contains(api.client())) {
            from.add("type:" + component.name());
          }
        }
      }
      String label = api.kind() + " " + api.client() + (api.target().isEmpty() ? "" : " → " + api.target());
      nodes.add(new Node("api:" + api.client(), label, from));
    }
    return layer("external", "External APIs", nodes);
  }

  private static List<Node> roles(List<Component> components, Map<String, List<String>> injectedBy, Role... roles) {
    List<Node> nodes = new ArrayList<>();
    for (Component component : components) {
      if (List.of(roles).contains(component.role())) {
        nodes.add(new Node("type:" + component.name(), component.name(),
            injectedBy.getOrDefault(component.name(), List.of())));
      }
    }
    return nodes;
  }

  /** Adds a layer to the right of the others; an empty one is left out. */
  ArchitectureDiagram layer(String id, String title, List<Node> nodes) {
    if (nodes.isEmpty() || layers.containsKey(id)) {
      return this;
    }
    String layerId = "L_" + id.replaceAll("[^A-Za-z0-9_]", "_");
    Layer layer = new Layer(layerId, title, new ArrayList<>());
    layers.put(id, layer);
    for (Node node : nodes) {
      if (ids.containsKey(node.key())) {
        continue;
      }
      String nodeId = nodes.size() == 1 && node.key().equals(CLIENT) ? layerId : layerId + "_" + (layer.nodes().size() + 1);
      ids.put(node.key(), nodeId);
      position.put(nodeId, position.size());
      layer.nodes().add(new DiagramNode(nodeId, node.label()));
      for (String from : node.from()) {
        edges.add(List.of(from, node.key()));
      }
    }
    return this;
  }

  DiagramDoc build() {
    List<DiagramLayer> result = new ArrayList<>();
    for (Layer layer : layers.values()) {
      result.add(new DiagramLayer(layer.id(), layer.title(), layer.nodes()));
    }
    List<DiagramEdge> arrows = new ArrayList<>();
    for (List<String> edge : edges) {
      String from = ids.get(edge.get(0));
      String to = ids.get(edge.get(1));
      if (from != null && to != null && !from.equals(to)) {
        arrows.add(new DiagramEdge(from, to));
      }
    }
    arrows.sort(java.util.Comparator.comparing((DiagramEdge e) -> position.get(e.from()))
        .thenComparing(e -> position.get(e.to())));
    return new DiagramDoc(result, arrows.stream().distinct().toList());
  }
}
