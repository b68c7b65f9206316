package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text that stays the same when nothing changed, and reads as the author wrote it. */
class StableTextTest {
  private static final String CONTROLLER = """
      package com.pets;

      import org.springframework.web.bind.annotation.*;

      @dev.featuredocs.annotations.Feature("Pets")
      @RestController
      public class PetController {
        /** Adds a pet. */
        @PostMapping("/pets")
        public Pet add(@RequestBody Pet pet) { return pet; }
      }
      """;

  @Test
  void generatedDate_isLeftOutOfTheDeclaration_andJavadocEntitiesAndInlineTagsAreRendered() {
    String summary = Compilations.summaryOf("pets", CONTROLLER, """
        package com.pets;

        /**
         * A pet&#39;s record &mdash; see {@link com.pets.PetController#add(Pet) the add endpoint}; keys are {@code Map<String, List<Tag>>}.
         */
        @jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.SpringCodegen",
            date = "2026-11-30T10:15:30.123+01:00[Europe/Paris]", comments = "Generator version: 7.9.0")
        public class Pet {
          /** The pet&#x27;s name, as in {@code {"name": "Rex"}}. */
          public String name;
        }
        """);
    assertTrue(summary.contains("""
        ```java
        @jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.SpringCodegen")
        public class Pet {

            public String name;
        }
        ```
        """), summary);
    assertFalse(summary.contains("2026-11-30"), summary);
    assertTrue(summary.contains(
        "**Purpose**: A pet's record — see the add endpoint; keys are Map\\<String, List\\<Tag\\>\\>.  \n"), summary);
    assertTrue(summary.contains("| `name` | `String` | no |  |  | The pet's name, as in {\"name\": \"Rex\"}. |\n"), summary);
  }

  private static final String HEALTH_API = """
      package org.eclipse.microprofile.health;

      public interface HealthCheck {}
      """;
  private static final String READINESS = """
      package org.eclipse.microprofile.health;

      @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
      public @interface Readiness {}
      """;
  private static final String QUARKUS = """
      package io.quarkus.runtime;

      public final class Quarkus {}
      """;
  private static final String PACKAGE = """
      @dev.featuredocs.annotations.Feature("Pets")
      package com.pets;
      """;
  private static final String RESOURCE = """
      package com.pets;

      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;

      /** Pets over HTTP. */
      @Path("/pets")
      public class PetResource {
        /** All pets. */
        @GET
        public String all() { return ""; }
      }
      """;

  @Test
  void quarkusApp_withSmallRyeHealth_isToldWhereItsHealthIsServed() {
    String summary = Compilations.summaryOf("pets", HEALTH_API, READINESS, QUARKUS, PACKAGE, RESOURCE);
    assertTrue(summary.contains("**Health Checks**: _no health check in this feature; SmallRye Health reports"
        + " the application's health at `GET /q/health`_\n"), summary);
    assertFalse(summary.contains("Actuator"), summary);
  }

  @Test
  void quarkusReadinessCheckOfTheFeature_isListedAtItsPath() {
    String summary = Compilations.summaryOf("pets", HEALTH_API, READINESS, QUARKUS, PACKAGE, RESOURCE, """
        package com.pets;

        /** Whether the pet store answers. */
        @org.eclipse.microprofile.health.Readiness
        @jakarta.enterprise.context.ApplicationScoped
        public class PetStoreCheck implements org.eclipse.microprofile.health.HealthCheck {}
        """);
    assertTrue(summary.contains(
        "- `PetStoreCheck` contributes `readiness` to `GET /q/health/ready`: Whether the pet store answers.\n"), summary);
  }

  @Test
  void springAppWithoutActuator_saysNoHealthSupportIsOnTheClassPath() {
    String summary = Compilations.summaryOf("pets", CONTROLLER, """
        package com.pets;

        public record Pet(String name) {}
        """);
    assertTrue(summary.contains("**Health Checks**: _no health check, and no health support (Spring Boot Actuator,"
        + " SmallRye or MicroProfile Health) is on the class path_\n"), summary);
  }
}
