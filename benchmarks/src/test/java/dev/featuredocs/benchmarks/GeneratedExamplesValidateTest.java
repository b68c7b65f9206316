package dev.featuredocs.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every example featuredocs writes for the generated benchmark project validates against its schema. */
class GeneratedExamplesValidateTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
      .keyword(new AnnotationKeyword("x-java-type"))
      .keyword(new AnnotationKeyword("x-discriminator"))
      .build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  @TempDir Path temp;

  @Test
  void everyModelAndEndpointExample_validatesAgainstItsSchema() throws IOException {
    ProjectGenerator.Project project = ProjectGenerator.generate(temp.resolve("src"), 20, 1);
    ProjectGenerator.writeReferences(temp, project); // the PRP/PRD files its @Feature names, under its root
    Javac.Result result = new Javac(Javac.generatedProjectClasspath())
        .compile(project.sources(), temp.resolve("out"), Javac.Variant.FEATUREDOCS);
    assertEquals(List.of(), result.problems());

    List<String> errors = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(result.classes().resolve("META-INF/featuredocs"))) {
      // the features' models: not their schemas, nor the compilation's OpenAPI document
      for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json")
          && !f.getFileName().toString().equals("openapi.json")).toList()) {
        FeatureSummary feature = ModelJson.read(Files.readString(file), FeatureSummary.class);
        for (ModelDoc model : feature.models()) {
          Schema schema = compile(model.name(), JSON.readTree(model.schema()));
          schema.validate(JSON.readTree(model.example())).forEach(e -> errors.add(model.name() + ": " + e));
          checked++;
          for (EndpointDoc endpoint : feature.endpoints()) {
            for (BodyDoc body : Stream.of(endpoint.request(), endpoint.response()).filter(b -> b != null).toList()) {
              if (!body.model().equals(model.name()) || body.example().isEmpty()) {
                continue;
              }
              JsonNode example = JSON.readTree(body.example());
              for (JsonNode value : example.isArray() && body.type().startsWith("List<") ? example : List.of(example)) {
                schema.validate(value).forEach(e -> errors.add(endpoint.method() + " " + endpoint.path() + ": " + e));
                checked++;
              }
            }
          }
        }
      }
    }

    assertTrue(checked > 1, "examples checked: " + checked);
    assertEquals(List.of(), errors);
  }

  private static Schema compile(String name, JsonNode schema) {
    return REGISTRY.getSchema(SchemaLocation.of("https://featuredocs.test/schemas/" + name + ".schema.json"), schema);
  }
}
