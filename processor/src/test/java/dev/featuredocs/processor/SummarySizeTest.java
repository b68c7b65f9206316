package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A large feature stays readable: each model's full example once, under Data Models; endpoints a
 * compact one (nested models collapsed to their required fields, one element per array), so the
 * summary grows with endpoints and models, not with endpoints × nesting.
 */
class SummarySizeTest {
  private static final String[] LEVELS = {"Order", "Line", "Item", "Detail"};

  @Test
  void fortyEndpointsWithModelsNestedFourDeep_stayUnder200KB_andGrowLinearly() {
    String forty = summary(10);
    String twenty = summary(5);

    int bytes = forty.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 200_000, "summary of 40 endpoints is " + bytes + " bytes");
    int half = twenty.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 2.2 * half, "40 endpoints: " + bytes + " bytes, 20: " + half);
    assertEquals(40, Summaries.endpointHeadings(forty).size());
  }

  @Test
  void endpointExample_collapsesNestedModelsToRequiredFields_withALinkToTheFullExample() {
    String summary = summary(1);

    String endpoint = Summaries.endpoint(summary, "GET /orders0/{id}");
    assertTrue(endpoint.contains("""
        **Response**: `Order0` — model [Order0](#order0) (full example under Data Models)
        ```json
        {
          "code": "ABC123",
          "note0": "A short description.",
          "note1": "A short description.",
          "note2": "A short description.",
          "note3": "A short description.",
          "note4": "A short description.",
          "children": [
            {
              "code": "ABC123",
              "children": []
            }
          ],
          "single": null
        }
        ```
        """), endpoint);
    String model = Summaries.section(summary, "##### Order0");
    assertTrue(model.contains("\"detail0\""), "the full example reaches the fourth level: " + model);
  }

  /** A feature of {@code aggregates × 4} endpoints; each aggregate's models nest four deep. */
  private static String summary(int aggregates) {
    List<JavaFileObject> files = new ArrayList<>();
    StringBuilder controller = new StringBuilder("""
        package com.big;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Big")
        @RestController
        public class Big {
        """);
    for (int k = 0; k < aggregates; k++) {
      for (int level = 0; level < LEVELS.length; level++) {
        String name = LEVELS[level] + k;
        String child = level + 1 < LEVELS.length ? LEVELS[level + 1] + k : null;
        StringBuilder fields = new StringBuilder("@jakarta.validation.constraints.NotBlank String code");
        for (int f = 0; f < 5; f++) {
          fields.append(", String note").append(f);
        }
        if (child != null) {
          fields.append(", @jakarta.validation.constraints.NotNull java.util.List<").append(child).append("> children, ")
              .append(child).append(" single");
        } else {
          fields.append(", String ").append(LEVELS[level].toLowerCase()).append(k);
        }
        files.add(JavaFileObjects.forSourceString("com.big." + name,
            "package com.big;\n\npublic record " + name + "(" + fields + ") {}\n"));
      }
      String top = LEVELS[0] + k;
      controller.append("""
            @GetMapping("/orders%1$d") public java.util.List<%2$s> list%1$d() { return null; }
            @GetMapping("/orders%1$d/{id}") public %2$s get%1$d(@PathVariable long id) { return null; }
            @PostMapping("/orders%1$d") public %2$s create%1$d(@RequestBody %2$s body) { return null; }
            @PutMapping("/orders%1$d/{id}") public %2$s update%1$d(@PathVariable long id, @RequestBody %2$s body) { return null; }
          """.formatted(k, top));
    }
    controller.append("}\n");
    files.add(JavaFileObjects.forSourceString("com.big.Big", controller.toString()));
    Compilation compilation = Compilations.compile(files);
    assertThat(compilation).succeeded();
    return Compilations.summary(compilation, "big");
  }
}
