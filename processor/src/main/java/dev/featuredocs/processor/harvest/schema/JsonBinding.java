package dev.featuredocs.processor.harvest.schema;

import java.util.List;
import javax.lang.model.util.Elements;

/**
 * Which library writes the app's JSON: Jackson, or JSON-B (Yasson) for apps that bind with
 * {@code jakarta.json.bind} and have no Jackson mapper, such as Quarkus with
 * {@code quarkus-resteasy-jsonb}. Decided once per compilation from what is on its class path.
 */
public enum JsonBinding {
  JACKSON("Jackson"),
  JSONB("JSON-B");

  private static final List<String> JACKSON_MAPPERS = List.of(
      "com.fasterxml.jackson.databind.ObjectMapper", "tools.jackson.databind.ObjectMapper");
  /** Quarkus' JSON-B providers: with them, JAX-RS bodies go through JSON-B even when Jackson is also present. */
  private static final List<String> JSONB_PROVIDERS = List.of(
      "org.jboss.resteasy.plugins.providers.jsonb.JsonBindingProvider", // quarkus-resteasy-jsonb (RESTEasy Classic)
      "org.jboss.resteasy.reactive.server.jsonb.JsonbMessageBodyReader", // quarkus-rest-jsonb
      "io.quarkus.resteasy.reactive.jsonb.runtime.serialisers.JsonbMessageBodyReader"); // quarkus-resteasy-reactive-jsonb

  private final String label;

  JsonBinding(String label) {
    this.label = label;
  }

  /** The library's name as the summary says it. */
  public String label() {
    return label;
  }

  /** JSON-B when its API is present and either a Quarkus JSON-B provider is, or no Jackson mapper; else Jackson. */
  public static JsonBinding of(Elements elements) {
    if (elements.getTypeElement("jakarta.json.bind.Jsonb") == null && elements.getTypeElement("javax.json.bind.Jsonb") == null) {
      return JACKSON;
    }
    boolean provider = JSONB_PROVIDERS.stream().anyMatch(n -> elements.getTypeElement(n) != null);
    boolean jackson = JACKSON_MAPPERS.stream().anyMatch(n -> elements.getTypeElement(n) != null);
    return provider || !jackson ? JSONB : JACKSON;
  }
}
