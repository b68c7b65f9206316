package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON view of models exactly as the app's mapper (Jackson or JSON-B) sees them. */
class JsonViewTest {

  private static final String CONTROLLER = """
      package com.shop;

      import org.springframework.web.bind.annotation.*;

      @dev.featuredocs.annotations.Feature("Shop")
      @RestController
      public class Shop {
        @PostMapping("/orders")
        public %s post(@RequestBody %s body) { return null; }
      }
      """;

  private static Compilation compile(String model, String... sources) {
    List<javax.tools.JavaFileObject> files = new ArrayList<>();
    files.add(JavaFileObjects.forSourceString("com.shop.Shop", CONTROLLER.formatted(model, model)));
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?(?:class|interface|record|enum) (\\w+).*", "$1");
      files.add(JavaFileObjects.forSourceString("com.shop." + name, source));
    }
    return Compilations.compile(files);
  }

  @Test
  void jsonPropertyOnAPackagePrivateGetter_namesTheProperty() {
    Compilation compilation = compile("Token", """
        package com.shop;

        import com.fasterxml.jackson.annotation.JsonProperty;

        public class Token {
          private String idToken;
          private String hidden;

          @JsonProperty("id_token")
          String getIdToken() { return idToken; }

          @JsonProperty
          String refresh() { return ""; }
        }
        """);

    assertThat(compilation).succeeded();
    String model = Summaries.section(Compilations.summary(compilation, "shop"), "##### Token");
    assertTrue(model.contains("""
        | `id_token` | `String` | no |  |  |  |
        | `refresh` | `String` | no | read-only |  |  |
        """), model);
    assertFalse(model.contains("`hidden`") || model.contains("`idToken`"), model);
  }

  @Test
  void jsonPropertyOnARecordsPackagePrivateMethod_isAProperty() {
    Compilation compilation = compile("Stats", """
        package com.shop;

        public record Stats(int characters) {
          /** Whether there are no characters. */
          @com.fasterxml.jackson.annotation.JsonProperty("is_empty")
          boolean empty() { return characters == 0; }

          boolean unannotated() { return true; }
        }
        """);

    String model = Summaries.section(Compilations.summary(compilation, "shop"), "##### Stats");
    assertTrue(model.contains("""
        | `characters` | `int` | yes |  |  |  |
        | `is_empty` | `boolean` | yes | read-only |  | Whether there are no characters. |
        """), model);
    assertFalse(model.contains("`unannotated`"), model);
  }

  @Test
  void jsonAutoDetect_makesPrivateFieldsProperties_andHidesGetters() {
    Compilation compilation = compile("Account", """
        package com.shop;

        import com.fasterxml.jackson.annotation.JsonAutoDetect;
        import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

        @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
        public class Account {
          private String owner;
          public String getComputed() { return ""; }
        }
        """);

    String model = Summaries.section(Compilations.summary(compilation, "shop"), "##### Account");
    assertTrue(model.contains("| `owner` | `String` | no |  |  |  |\n"), model);
    assertFalse(model.contains("`computed`"), model);
  }

  @Test
  void propertyLevelJsonIgnoreProperties_leavesTheNestedPropertiesOutOfSchemaAndExample() {
    Compilation compilation = compile("Team", """
        package com.shop;

        public record User(String login, Team team, java.util.List<String> operations) {}
        """, """
        package com.shop;

        import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
        import com.fasterxml.jackson.annotation.JsonIncludeProperties;

        public record Team(
            String name,
            @JsonIgnoreProperties(value = {"team", "operations"}, allowSetters = true) java.util.List<User> members,
            @JsonIncludeProperties("login") User lead) {}
        """);

    assertThat(compilation).succeeded();
    String schema = Compilations.output(compilation, "schemas/Team.schema.json").orElseThrow();
    assertTrue(schema.contains("    \"User-without-team-operations\": {\n      \"properties\": {\n        \"login\": {\n"),
        schema);
    String variant = schema.substring(schema.indexOf("\"User-without-team-operations\""));
    assertFalse(variant.substring(0, variant.indexOf("\n    }")).contains("\"operations\""), variant);
    assertTrue(schema.contains("\"$ref\": \"#/$defs/User-only-login\""), schema);
    String team = Summaries.section(Compilations.summary(compilation, "shop"), "##### Team");
    assertTrue(team.contains("| `members` | `List<User>` | no | nested without team, operations |  |  |\n"), team);
    assertTrue(team.contains("| `lead` | `User` | no | nested with only login |  |  |\n"), team);
    String example = team.substring(team.indexOf("**Example**"));
    assertTrue(example.contains("""
          "members": [
            {
              "login": "jane.doe"
            }
          ],
          "lead": {
            "login": "jane.doe"
          }
        """), example);
  }

  @Test
  void jsonUnwrapped_inlinesTheNestedPropertiesWithPrefix_andAnyGetterAllowsOthers() {
    Compilation compilation = compile("Parcel", """
        package com.shop;

        public record Size(int width, int height) {}
        """, """
        package com.shop;

        import com.fasterxml.jackson.annotation.JsonAnyGetter;
        import com.fasterxml.jackson.annotation.JsonUnwrapped;

        public class Parcel {
          public String label;
          @JsonUnwrapped(prefix = "size_") public Size size;
          private java.util.Map<String, Integer> extra;

          @JsonAnyGetter
          public java.util.Map<String, Integer> getExtra() { return extra; }
        }
        """);

    String model = Summaries.section(Compilations.summary(compilation, "shop"), "##### Parcel");
    assertTrue(model.contains("""
        | `label` | `String` | no |  |  |  |
        | `size_width` | `int` | yes |  |  |  |
        | `size_height` | `int` | yes |  |  |  |
        | `(any other)` | `Integer` | no |  |  | any further property, by @JsonAnyGetter/@JsonAnySetter |
        """), model);
    String schema = Compilations.output(compilation, "schemas/Parcel.schema.json").orElseThrow();
    assertTrue(schema.contains("\"additionalProperties\": {\n    \"format\": \"int32\",\n    \"type\": \"integer\"\n  }"), schema);
  }

  @Test
  void anAnnotationFeaturedocsCannotRead_warnsOnIt_andTheFieldTableSaysSo() {
    Compilation compilation = compile("Invoice", """
        package com.shop;

        import com.fasterxml.jackson.databind.annotation.JsonSerialize;

        public class Invoice {
          @JsonSerialize(using = Object.class)
          public java.math.BigDecimal total;
        }
        """);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(Message.JSON_NOT_UNDERSTOOD.format("@JsonSerialize", "Invoice.total",
            "Jackson writes it through code", "total"))
        .inFile(compilation.sourceFiles().stream().filter(f -> f.getName().endsWith("Invoice.java")).findFirst().orElseThrow())
        .onLineContaining("@JsonSerialize(using");
    String model = Summaries.section(Compilations.summary(compilation, "shop"), "##### Invoice");
    assertTrue(model.contains("| `total` | `BigDecimal` | no | JSON shape not known: @JsonSerialize |  |  |\n"), model);
  }

  @Test
  void jsonbApp_readsJsonbAnnotations_andSaysSo() {
    List<javax.tools.JavaFileObject> files = new ArrayList<>(jsonbStubs());
    files.add(JavaFileObjects.forSourceString("com.shop.Shop", CONTROLLER.formatted("User", "User")));
    files.add(JavaFileObjects.forSourceString("com.shop.User", """
        package com.shop;

        import jakarta.json.bind.annotation.JsonbProperty;
        import jakarta.json.bind.annotation.JsonbTransient;

        public class User {
          public String login;
          @JsonbProperty("e_mail") public String email;
          @JsonbTransient public String password;
          private String activationKey;

          @JsonbTransient
          public String getActivationKey() { return activationKey; }
        }
        """));
    Compilation compilation = Compilations.compile(files);

    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "shop");
    assertTrue(summary.contains("_JSON as JSON-B writes and reads it: wire names, required fields and examples follow its rules._\n"),
        summary);
    String model = Summaries.section(summary, "##### User");
    assertTrue(model.contains("""
        | Field | Type | Required | Constraints | Default | Description |
        |---|---|---|---|---|---|
        | `e_mail` | `String` | no |  |  |  |
        | `login` | `String` | no |  |  |  |

        """), model);
  }

  @Test
  void jacksonApp_saysJackson() {
    Compilation compilation = compile("Plain", """
        package com.shop;

        public record Plain(String a) {}
        """);

    assertTrue(Compilations.summary(compilation, "shop")
        .contains("_JSON as Jackson writes and reads it: wire names, required fields and examples follow its rules._\n"));
  }

  @Test
  void jsonRootName_withRootWrappingEnabledInTheMapperConfiguration_wrapsTheEndpointExamples() {
    List<javax.tools.JavaFileObject> files = new ArrayList<>();
    files.add(JavaFileObjects.forSourceString("com.fasterxml.jackson.databind.SerializationFeature",
        "package com.fasterxml.jackson.databind; public enum SerializationFeature { WRAP_ROOT_VALUE, INDENT_OUTPUT }"));
    files.add(JavaFileObjects.forSourceString("com.fasterxml.jackson.databind.DeserializationFeature",
        "package com.fasterxml.jackson.databind; public enum DeserializationFeature { UNWRAP_ROOT_VALUE }"));
    files.add(JavaFileObjects.forSourceString("com.fasterxml.jackson.databind.ObjectMapper", """
        package com.fasterxml.jackson.databind;

        public class ObjectMapper {
          public ObjectMapper enable(SerializationFeature f) { return this; }
          public ObjectMapper configure(DeserializationFeature f, boolean on) { return this; }
        }
        """));
    files.add(JavaFileObjects.forSourceString("com.shop.JsonConfig", """
        package com.shop;

        import com.fasterxml.jackson.databind.*;

        @org.springframework.context.annotation.Configuration
        public class JsonConfig {
          @org.springframework.context.annotation.Bean
          public ObjectMapper objectMapper() {
            return new ObjectMapper().enable(SerializationFeature.WRAP_ROOT_VALUE)
                .configure(DeserializationFeature.UNWRAP_ROOT_VALUE, true);
          }
        }
        """));
    files.add(JavaFileObjects.forSourceString("com.shop.Shop", CONTROLLER.formatted("UserDto", "UserDto")));
    files.add(JavaFileObjects.forSourceString("com.shop.UserDto", """
        package com.shop;

        @com.fasterxml.jackson.annotation.JsonRootName("user")
        public record UserDto(String email) {}
        """));
    Compilation compilation = Compilations.compile(files);

    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "shop");
    String endpoint = Summaries.endpoint(summary, "POST /orders");
    String wrapped = "```json\n{\n  \"user\": {\n    \"email\": \"jane.doe@example.com\"\n  }\n}\n```\n";
    assertTrue(endpoint.contains("**Request**: `UserDto` — model [UserDto](#userdto) (full example under Data Models)\n"
        + wrapped), endpoint);
    assertTrue(endpoint.contains("**Response**: `UserDto` — model [UserDto](#userdto) (full example under Data Models)\n"
        + wrapped), endpoint);
    assertTrue(summary.contains("_JSON as Jackson (root values wrapped in their root name, both ways) writes and reads it"),
        summary);
  }

  @Test
  void springJacksonSettingsOfTheAppsYaml_wrapRootValuesAndNameProperties(@TempDir Path resources) throws Exception {
    Files.writeString(resources.resolve("application.yml"), """
        spring:
          jackson:
            property-naming-strategy: SNAKE_CASE
            serialization:
              wrap-root-value: true
        """);
    List<javax.tools.JavaFileObject> files = new ArrayList<>();
    files.add(JavaFileObjects.forSourceString("com.shop.Shop", CONTROLLER.formatted("UserDto", "UserDto")));
    files.add(JavaFileObjects.forSourceString("com.shop.UserDto", """
        package com.shop;

        @com.fasterxml.jackson.annotation.JsonRootName("user")
        public record UserDto(String emailAddress) {}
        """));

    Compilation compilation = Compilations.compile(files, "-Afeaturedocs.appConfig=" + resources);

    assertThat(compilation).succeeded();
    String endpoint = Summaries.endpoint(Compilations.summary(compilation, "shop"), "POST /orders");
    assertTrue(endpoint.contains("**Response**: `UserDto` — model [UserDto](#userdto) (full example under Data Models)\n"
        + "```json\n{\n  \"user\": {\n    \"email_address\": "), endpoint);
    assertTrue(endpoint.contains("**Request**: `UserDto` — model [UserDto](#userdto) (full example under Data Models)\n"
        + "```json\n{\n  \"email_address\": "), "requests are not unwrapped unless unwrap-root-value is on\n" + endpoint);
  }

  @Test
  void withoutRootWrapping_jsonRootNameChangesNothing() {
    Compilation compilation = compile("UserDto", """
        package com.shop;

        @com.fasterxml.jackson.annotation.JsonRootName("user")
        public record UserDto(String email) {}
        """);

    String endpoint = Summaries.endpoint(Compilations.summary(compilation, "shop"), "POST /orders");
    assertTrue(endpoint.contains("```json\n{\n  \"email\": \"jane.doe@example.com\"\n}\n```\n"), endpoint);
  }

  /** jakarta.json.bind stand-ins: the API, Quarkus' JSON-B provider (which make the app a JSON-B app) and two annotations. */
  private static List<javax.tools.JavaFileObject> jsonbStubs() {
    String annotation = """
        package jakarta.json.bind.annotation;

        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        public @interface %s { %s }
        """;
    return List.of(
        JavaFileObjects.forSourceString("jakarta.json.bind.Jsonb", "package jakarta.json.bind; public interface Jsonb {}"),
        // quarkus-resteasy-jsonb's provider: JAX-RS bodies go through JSON-B although Jackson is on the class path too
        JavaFileObjects.forSourceString("org.jboss.resteasy.plugins.providers.jsonb.JsonBindingProvider",
            "package org.jboss.resteasy.plugins.providers.jsonb; public class JsonBindingProvider {}"),
        JavaFileObjects.forSourceString("jakarta.json.bind.annotation.JsonbTransient", annotation.formatted("JsonbTransient", "")),
        JavaFileObjects.forSourceString("jakarta.json.bind.annotation.JsonbProperty",
            annotation.formatted("JsonbProperty", "String value() default \"\"; boolean nillable() default false;")));
  }
}
