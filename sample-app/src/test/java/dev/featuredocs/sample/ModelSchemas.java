package dev.featuredocs.sample;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas the processor writes for the sample app's data models,
 * {@code docs/features/schemas/<Model>.schema.json}, read and ready to validate JSON.
 *
 * <p>Validation follows JSON Schema 2020-12 with two settings that make the schema mean what it
 * says: {@code format} is asserted (2020-12 treats it as an annotation by default, so
 * {@code "format": "email"} would accept anything), and {@code pattern} uses ECMA-262 regular
 * expressions (Joni), as the specification requires, not {@code java.util.regex}.
 */
final class ModelSchemas {

  /** Where the processor writes the schemas; surefire runs in the module's directory. */
  static final Path DIRECTORY = Path.of("docs/features/schemas");

  /** The failure message when the processor has emitted nothing, so no test passes vacuously. */
  static final String NONE_EMITTED =
      "JSON Schemas in " + DIRECTORY + "/*.schema.json: the featuredocs processor must emit"
          + " docs/features/schemas/<Model>.schema.json for every data model of a feature (request"
          + " and response bodies and every type they reach); found none";

  private static final String SUFFIX = ".schema.json";

  /** 2020-12, knowing the processor's own keywords as annotations (no "unknown keyword" noise). */
  private static final Dialect DIALECT =
      Dialect.builder(Dialects.getDraft202012())
          .keyword(new AnnotationKeyword("x-java-type"))
          .keyword(new AnnotationKeyword("x-discriminator"))
          .build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          DIALECT,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                      .build()));

  /** The 2020-12 meta-schema, bundled with the validator (no network). */
  private static final Schema META_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  private static final AtomicInteger WRAPPERS = new AtomicInteger();

  private ModelSchemas() {}

  /** Every schema in {@link #DIRECTORY}, by file name; empty when there is none. */
  static List<ModelSchema> readAll() throws IOException {
    return readAll(DIRECTORY);
  }

  /**
   * Every {@code *.schema.json} in a directory, by file name.
   *
   * @param directory the directory
   * @return the schemas; empty when the directory does not exist or holds none
   * @throws IOException when a file cannot be read
   */
  static List<ModelSchema> readAll(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    }
    List<ModelSchema> schemas = new ArrayList<>();
    for (Path file : files) {
      schemas.add(read(file));
    }
    return schemas;
  }

  /** One schema file. */
  static ModelSchema read(Path file) throws IOException {
    return parse(
        file.getFileName().toString(),
        file.toAbsolutePath().toUri(),
        Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * A schema on the test class path, such as a hand-written fixture in {@code truth/}.
   *
   * @param resource the resource name, such as {@code truth/ShareRequest.right.schema.json}
   * @return the schema
   */
  static ModelSchema resource(String resource) {
    URL url = ModelSchemas.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try (InputStream in = url.openStream()) {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return parse(name, url.toURI(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Parses a schema. The location is the base its relative {@code $id} (such as
   * {@code "CreateDocumentRequest.schema.json"}) resolves against: the validator refuses a relative
   * {@code $id} when it has no base.
   *
   * @param file the file name, for messages
   * @param location where the schema was read from
   * @param json the schema's text
   * @return the schema
   */
  static ModelSchema parse(String file, URI location, String json) {
    try {
      JsonNode root = AppJson.MAPPER.readTree(json);
      Schema schema = REGISTRY.getSchema(SchemaLocation.of(location.toString()), root);
      return new ModelSchema(file, location, root, schema);
    } catch (RuntimeException e) {
      // Unreadable JSON, or a schema the validator cannot compile, such as a "pattern" that is
      // java.util.regex but not ECMA-262 (a possessive "a++", or \A and \z).
      throw new IllegalArgumentException(
          file + " is not a usable JSON Schema: " + e.getMessage(), e);
    }
  }

  /**
   * One model's schema.
   *
   * @param file the file name, such as {@code CreateDocumentRequest.schema.json}
   * @param location where it was read from
   * @param root the schema as JSON
   * @param schema the compiled schema
   */
  record ModelSchema(String file, URI location, JsonNode root, Schema schema) {

    private static final Map<JsonNode, Schema> SUBSCHEMAS = new IdentityHashMap<>();

    /** The model's name: its {@code title}, else the file name without {@code .schema.json}. */
    String name() {
      String title = root.path("title").asString("");
      return title.isEmpty() ? file.replace(SUFFIX, "") : title;
    }

    /** The {@code x-java-type}, or {@code null}. */
    String javaTypeName() {
      JsonNode type = root.get("x-java-type");
      return type == null || !type.isString() ? null : type.asString();
    }

    /**
     * The class named by {@code x-java-type}; a nested class may be written with dots
     * ({@code ErrorResponse.FieldError}) or with {@code $}.
     *
     * @return the class, or {@code null} when the schema names none or no such class exists
     */
    Class<?> javaType() {
      String name = javaTypeName();
      if (name == null) {
        return null;
      }
      String candidate = name;
      while (true) {
        try {
          return Class.forName(candidate);
        } catch (ClassNotFoundException e) {
          int dot = candidate.lastIndexOf('.');
          if (dot < 0) {
            return null;
          }
          candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
        }
      }
    }

    /** {@code examples[0]}, the example the processor documents; missing when there is none. */
    JsonNode example() {
      return root.path("examples").path(0);
    }

    /** The 2020-12 meta-schema's objections to this schema; empty when it is well formed. */
    List<String> metaSchemaErrors() {
      return META_SCHEMA.validate(root).stream().map(ModelSchemas::describe).toList();
    }

    /**
     * What the schema says about a JSON value.
     *
     * @param instance the value
     * @return one line per error, such as {@code /title: must be at most 200 characters long};
     *     empty when the schema accepts it
     */
    List<String> errors(JsonNode instance) {
      return schema.validate(instance).stream().map(ModelSchemas::describe).toList();
    }

    /** The validator's errors for a JSON value, with their keywords. */
    List<Error> validate(JsonNode instance) {
      return schema.validate(instance);
    }

    /**
     * What a part of the schema says about a value, with {@code $ref}s resolved in this file.
     *
     * @param subschema a node inside {@link #root()}, such as {@code /properties/title}
     * @param value the value
     * @return the validator's errors; empty when the part accepts the value
     */
    List<Error> errorsAgainst(JsonNode subschema, JsonNode value) {
      Schema compiled;
      synchronized (SUBSCHEMAS) {
        compiled = SUBSCHEMAS.computeIfAbsent(subschema, this::wrap);
      }
      return compiled.validate(value);
    }

    /** The part alone, with this file's {@code $defs} beside it so that its references resolve. */
    private Schema wrap(JsonNode subschema) {
      ObjectNode wrapper = AppJson.MAPPER.createObjectNode();
      wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      if (root.has("$defs")) {
        wrapper.set("$defs", root.get("$defs"));
      }
      if (subschema.isObject()) {
        subschema.properties().forEach(e -> wrapper.set(e.getKey(), e.getValue()));
      } else if (subschema.isBoolean() && !subschema.asBoolean()) {
        wrapper.set("not", AppJson.MAPPER.createObjectNode());
      }
      String where = location + "-part-" + WRAPPERS.incrementAndGet();
      return REGISTRY.getSchema(SchemaLocation.of(where), wrapper);
    }

    /**
     * Follows {@code $ref}s inside this file.
     *
     * @param subschema a node of this schema
     * @return the node it refers to, after every reference; missing when a reference does not
     *     start with {@code #/} or leads nowhere
     */
    JsonNode resolve(JsonNode subschema) {
      JsonNode node = subschema;
      for (int hops = 0; node != null && node.has("$ref") && hops < 32; hops++) {
        String ref = node.get("$ref").asString();
        if (!ref.startsWith("#")) {
          return MissingNode.getInstance();
        }
        node = root.at(ref.substring(1));
      }
      return node == null ? MissingNode.getInstance() : node;
    }
  }

  private static String describe(Error error) {
    return error.toString() + " [" + error.getKeyword() + "]";
  }
}
