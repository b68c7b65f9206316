package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.web.BodyDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example featuredocs writes validates against the schema it writes: each model's example
 * against its schema file, and each endpoint's (compact) request and response example against the
 * schema of the model it names. JSON Schema 2020-12 with format assertions on; patterns are the
 * Java regular expressions of {@code @Pattern}, checked as Java does.
 */
class ExamplesValidateTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
      .keyword(new AnnotationKeyword("x-java-type"))
      .keyword(new AnnotationKeyword("x-discriminator"))
      .build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  @ParameterizedTest
  @ValueSource(strings = {"models", "sharing", "review"})
  void everyExampleOfTheFixture_validatesAgainstItsSchema(String fixture) {
    Compilation compilation = Compilations.compile(Fixtures.load(fixture));
    assertThat(compilation).succeeded();

    List<String> errors = errors(compilation);

    assertEquals(List.of(), errors);
  }

  /**
   * The validation errors of every example of a compilation, one line each; fails when it
   * documented no model (so no fixture passes vacuously).
   */
  static List<String> errors(Compilation compilation) {
    Map<String, JsonNode> schemas = new TreeMap<>();
    List<FeatureSummary> features = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.getName();
      if (name.endsWith(".schema.json")) {
        schemas.put(name.substring(name.lastIndexOf('/') + 1).replace(".schema.json", ""), JSON.readTree(text(file)));
      } else if (name.matches(".*META-INF/featuredocs/[^/]+\\.json") && !name.endsWith("/openapi.json")) {
        // a feature's model; not the compilation's OpenAPI document, nor files in sub-folders (the compilation index)
        features.add(ModelJson.read(text(file), FeatureSummary.class));
      }
    }
    assertTrue(!schemas.isEmpty(), "no schema written");
    List<String> errors = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> schema : schemas.entrySet()) {
      Schema compiled = compile(schema.getKey(), schema.getValue());
      for (JsonNode example : schema.getValue().path("examples")) {
        compiled.validate(example).forEach(e -> errors.add(schema.getKey() + " example: " + e));
        checked++;
      }
    }
    for (FeatureSummary feature : features) {
      for (ModelDoc model : feature.models()) {
        Schema compiled = compile(model.name(), JSON.readTree(model.schema()));
        compiled.validate(JSON.readTree(model.example())).forEach(e -> errors.add(model.name() + " summary example: " + e));
        checked++;
      }
      for (EndpointDoc endpoint : feature.endpoints()) {
        for (BodyDoc body : Stream.of(endpoint.request(), endpoint.response()).filter(b -> b != null).toList()) {
          if (body.example().isEmpty() || body.model().isEmpty() || !schemas.containsKey(body.model())) {
            continue;
          }
          Schema compiled = compile(body.model(), schemas.get(body.model()));
          JsonNode example = JSON.readTree(body.example());
          for (JsonNode value : example.isArray() && body.type().startsWith("List<") ? example : List.of(example)) {
            compiled.validate(value).forEach(e -> errors.add(endpoint.method() + " " + endpoint.path() + " " + body.type()
                + ": " + e));
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 0, "no example checked");
    return errors;
  }

  private static Schema compile(String name, JsonNode schema) {
    return REGISTRY.getSchema(SchemaLocation.of("https://featuredocs.test/schemas/" + name + ".schema.json"), schema);
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
