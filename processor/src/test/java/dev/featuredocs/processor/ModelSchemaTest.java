package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data models: which types are models, their JSON properties, constraint keywords, and the rendered tables. */
class ModelSchemaTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/Everything.schema.json");

  private final Compilation models = Compilations.compile(Fixtures.load("models"));

  @Test
  void modelWithEveryConstruct_hasTheGoldenSchema() throws Exception {
    assertThat(models).succeeded();
    String schema = Compilations.output(models, "schemas/Everything.schema.json").orElseThrow();
    if (Boolean.getBoolean("featuredocs.updateGolden")) {
      Files.writeString(GOLDEN, schema);
    }
    assertEquals(Files.readString(GOLDEN), schema);
  }

  @Test
  void reachedModels_getTheirOwnSchemas_andEnumsTheirWireValues() {
    assertTrue(Compilations.output(models, "schemas/Address.schema.json").isPresent());
    assertTrue(Compilations.output(models, "schemas/Shape.schema.json").isPresent());
    String color = Compilations.output(models, "schemas/Color.schema.json").orElseThrow();
    assertTrue(color.contains("\"enum\": [\n    \"red\",\n    \"GREEN\"\n  ],"), color);
  }

  @Test
  void fieldTable_showsWireNamesRequiredConstraintsAndDescriptions() {
    String summary = Compilations.summary(models, "shop");
    assertTrue(summary.contains("""
        | Field | Type | Required | Constraints | Default | Description |
        |---|---|---|---|---|---|
        | `id` | `long` | yes |  |  | the id, renamed on the wire |
        | `name` | `String` | yes | not blank; 2–40 characters |  | a name of 2 to 40 characters |
        | `email` | `String` | no | e-mail address |  |  |
        | `code` | `String` | no | matches \\[A-Z\\]{3} |  |  |
        | `quantity` | `int` | yes | ≥ 1; ≤ 10 |  |  |
        | `price` | `BigDecimal` | no | \\> 0; ≤ 999.99 |  |  |
        | `rank` | `Integer` | no | \\> 0 |  |  |
        | `accepted` | `boolean` | yes | must be true |  |  |
        | `born` | `LocalDate` | no | in the past |  |  |
        | `due` | `Instant` | no | in the future |  |  |
        | `weight` | `BigDecimal` | no | at most 3 integer and 2 fraction digits |  |  |
        | `tags` | `List<String>` | yes | not empty; items: at most 30 characters |  |  |
        """), summary);
    assertTrue(summary.contains("| `createOnly` | `String` | no | not null (on Create) |  |  |\n"), summary);
    assertTrue(summary.contains("| `sku` | `String` | yes | not blank; at most 12 characters |  |  |\n"), summary);
    assertTrue(!summary.contains("`hidden`") && !summary.contains("`secret`"), "@JsonIgnore and @JsonIgnoreProperties");
  }

  @Test
  void modelSection_hasDeclarationAsWrittenAndSchemaLinkAndExample() {
    String summary = Compilations.summary(models, "shop");
    String address = Summaries.section(summary, "##### Address");
    assertTrue(address.contains("""
        **File**: `com/shop/Address.java` \s
        **Purpose**: Where something is. \s
        **Schema**: [Address.schema.json](schemas/Address.schema.json)

        ```java
        public record Address(@NotBlank String street) {
        }
        ```
        """), address);
    assertTrue(address.contains("**Example**:\n```json\n{\n  \"street\": \"1 Main Street\"\n}\n```\n"), address);
    assertTrue(Summaries.section(summary, "#### Request Validation").contains("##### Everything\n"));
  }

  @Test
  void pojoWithGettersSuperclassAndNamingStrategy_asJacksonSeesIt() {
    Compilation compilation = Compilations.compile(List.of(
        JavaFileObjects.forSourceString("com.shop.Base", """
            package com.shop;

            public abstract class Base {
              private long createdAt;

              public long getCreatedAt() { return createdAt; }
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Order", """
            package com.shop;

            @com.fasterxml.jackson.databind.annotation.JsonNaming(
                com.fasterxml.jackson.databind.PropertyNamingStrategies.KebabCaseStrategy.class)
            public class Order extends Base {
              /** The order's number. */
              private String orderNumber = "A-1";
              private String internalNote;
              public int lineCount;

              public String getOrderNumber() { return orderNumber; }

              public boolean isPaid() { return false; }
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Lombokish", """
            package com.shop;

            public class Lombokish {
              private String firstName;
              private int age;
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Orders", """
            package com.shop;

            import org.springframework.web.bind.annotation.*;

            @dev.featuredocs.annotations.Feature("Shop")
            @RestController
            public class Orders {
              @GetMapping("/order")
              public Order order() { return null; }

              @GetMapping("/lombok")
              public Lombokish lombok() { return null; }
            }
            """)), "-Afeaturedocs.jsonNaming=snake_case");

    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "shop");
    assertTrue(Summaries.section(summary, "##### Order").contains("""
        | `created-at` | `long` | yes |  |  |  |
        | `order-number` | `String` | no |  | `"A-1"` | The order's number. |
        | `line-count` | `int` | yes |  |  |  |
        | `paid` | `boolean` | yes | read-only |  |  |
        """), summary);
    assertTrue(Summaries.section(summary, "##### Lombokish").contains("""
        | `first_name` | `String` | no |  |  |  |
        | `age` | `int` | yes |  |  |  |
        """), summary);
  }

  @Test
  void genericInstantiation_getsAStableName() {
    Compilation compilation = Compilations.compile(List.of(
        JavaFileObjects.forSourceString("com.shop.Envelope", """
            package com.shop;

            public record Envelope<T>(T data, java.util.List<T> more) {}
            """),
        JavaFileObjects.forSourceString("com.shop.Item", """
            package com.shop;

            public record Item(String sku) {}
            """),
        JavaFileObjects.forSourceString("com.shop.Items", """
            package com.shop;

            import org.springframework.web.bind.annotation.*;

            @dev.featuredocs.annotations.Feature("Shop")
            @RestController
            public class Items {
              @GetMapping("/items")
              public Envelope<Item> items() { return null; }
            }
            """)));

    assertThat(compilation).succeeded();
    String schema = Compilations.output(compilation, "schemas/EnvelopeOfItem.schema.json").orElseThrow();
    assertTrue(schema.contains("\"data\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Item\"\n"), schema);
    assertTrue(schema.contains("\"x-java-type\": \"com.shop.Envelope\""), schema);
  }
}
