package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.model.Slug;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** File names that must not collide, on this file system or on another (Windows, macOS). */
class NameCollisionTest {
  @Test
  void distinctNonLatinNames_getDistinctStableSlugs() {
    assertEquals("日本".hashCode(), "旦服".hashCode(), "the pair whose 32-bit hashes collide");
    assertNotEquals(Slug.of("日本"), Slug.of("旦服"));
    assertEquals(Slug.of("日本"), Slug.of("日本"));
    assertTrue(Slug.of("日本").matches("feature-[0-9a-f]{12}"), Slug.of("日本"));
    assertNotEquals(Slug.of("Orders 日本"), Slug.of("Orders 旦服"), "the Latin part alone would collide");
    assertTrue(Slug.of("Orders 日本").matches("orders-[0-9a-f]{12}"), Slug.of("Orders 日本"));
    assertEquals("grosse-aerzte", Slug.of("Größe Ærzte"), "transliterated, not hashed");
  }

  @Test
  void distinctNonLatinFeatures_compileWithoutCollision() {
    JavaFileObject a = JavaFileObjects.forSourceString("com.jp.A", """
        package com.jp;

        /** A. */
        @dev.featuredocs.annotations.Feature("日本")
        public class A {}
        """);
    JavaFileObject b = JavaFileObjects.forSourceString("com.jp.B", """
        package com.jp;

        /** B. */
        @dev.featuredocs.annotations.Feature("旦服")
        public class B {}
        """);

    Compilation compilation = Compilations.compile(List.of(a, b));

    assertThat(compilation).succeeded();
    assertTrue(Compilations.output(compilation, Slug.of("日本") + ".md").isPresent());
    assertTrue(Compilations.output(compilation, Slug.of("旦服") + ".md").isPresent());
  }

  @Test
  void windowsDeviceNames_getAnotherSlug() {
    for (String device : List.of("CON", "aux", "PRN", "NUL", "COM1", "LPT9", "con")) {
      String slug = Slug.of(device);
      assertEquals(device.toLowerCase(Locale.ROOT) + "-feature", slug, device);
    }
    assertEquals("console", Slug.of("Console"));
    assertEquals("com10", Slug.of("COM10"));
  }

  @Test
  void modelsWhoseNamesDifferOnlyInCase_getSchemaFilesThatDifferIgnoringCase() {
    JavaFileObject lower = JavaFileObjects.forSourceString("com.p.Dto", """
        package com.p;

        /** One. */
        public record Dto(String a) {}
        """);
    JavaFileObject upper = JavaFileObjects.forSourceString("com.q.DTO", """
        package com.q;

        /** Other. */
        public record DTO(String b) {}
        """);
    JavaFileObject con = JavaFileObjects.forSourceString("com.q.Con", """
        package com.q;

        /** A device name. */
        public record Con(String c) {}
        """);
    JavaFileObject api = JavaFileObjects.forSourceString("com.q.Api", """
        package com.q;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Cases")
        @RestController
        public class Api {
          @PostMapping("/one") public com.p.Dto one(@RequestBody DTO body) { return null; }
          @PostMapping("/con") public Con con(@RequestBody Con body) { return body; }
        }
        """);

    Compilation compilation = Compilations.compile(List.of(lower, upper, con, api));

    assertThat(compilation).succeeded();
    List<String> schemas = compilation.generatedFiles().stream().map(f -> f.getName())
        .filter(n -> n.endsWith(".schema.json")).map(n -> n.substring(n.lastIndexOf('/') + 1)).sorted().toList();
    assertEquals(schemas.size(), schemas.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count(), schemas.toString());
    assertEquals(3, schemas.size(), schemas.toString());
    assertTrue(schemas.stream().noneMatch(s -> Slug.isWindowsDevice(s.substring(0, s.indexOf('.')))), schemas.toString());
  }
}
