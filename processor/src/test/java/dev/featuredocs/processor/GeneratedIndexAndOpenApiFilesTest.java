package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.json.Json;
import dev.featuredocs.processor.json.ModelJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two files of the whole compilation beside the summaries: {@code openapi.json} (class output
 * and docs directory, verified, {@code featuredocs.openapi=false} turns it off) and the index
 * {@code README.md} (docs directory, verified, never taken for an orphaned summary, never written
 * over a hand-written README).
 */
class GeneratedIndexAndOpenApiFilesTest {
  @TempDir Path docs;

  private Compilation write(String... more) {
    List<String> options = new java.util.ArrayList<>(List.of("-Afeaturedocs.dir=" + docs));
    options.addAll(List.of(more));
    return Compilations.compileSharing(options.toArray(String[]::new));
  }

  private Compilation verify() {
    return write("-Afeaturedocs.mode=verify");
  }

  @Test
  void openApi_isWrittenToClassOutputAndBesideTheSummariesWithTheSameBytes() throws Exception {
    Compilation compilation = write();

    assertThat(compilation).succeededWithoutWarnings();
    String document = Compilations.output(compilation, "openapi.json").orElseThrow();
    assertEquals(document, Files.readString(docs.resolve("openapi.json")));
    assertEquals(document, Compilations.output(write(), "openapi.json").orElseThrow(), "deterministic bytes");
  }

  @Test
  void openApiOff_writesNoDocumentAndTheIndexDoesNotLinkOne() throws Exception {
    Compilation compilation = write("-Afeaturedocs.openapi=false");

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Compilations.output(compilation, "openapi.json").isEmpty());
    assertFalse(Files.exists(docs.resolve("openapi.json")));
    assertFalse(Files.readString(docs.resolve("README.md")).contains("openapi.json"));
  }

  @Test
  void featuresWithoutEndpoints_getNoDocument() throws Exception {
    Compilation compilation = Compilations.compile(List.of(com.google.testing.compile.JavaFileObjects.forSourceString(
        "com.example.Money", """
        package com.example;

        /** An amount. */
        @dev.featuredocs.annotations.Feature("Billing")
        public record Money(long cents) {}
        """)), "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Compilations.output(compilation, "openapi.json").isEmpty(), "a module of models has no API");
    assertFalse(Files.exists(docs.resolve("openapi.json")));
    assertTrue(Files.readString(docs.resolve("README.md")).contains("| [Billing](billing.md) |"));
    assertFalse(Files.readString(docs.resolve("README.md")).contains("openapi.json"));
  }

  @Test
  void openApiOptionValue_mustBeTrueOrFalse() {
    assertThat(Compilations.compileSharing("-Afeaturedocs.openapi=no"))
        .hadErrorContaining(Message.OPTION_INVALID.format("featuredocs.openapi", "no", "use true or false"));
  }

  @Test
  void verify_staleOpenApi_isAnErrorWithTheDiff_andMissingOneIsAnError() throws Exception {
    write();
    Path file = docs.resolve("openapi.json");
    String current = Files.readString(file);
    Files.writeString(file, current.replace("\"operationId\": \"share\"", "\"operationId\": \"shareIt\""));

    Compilation stale = verify();

    assertThat(stale).failed();
    assertThat(stale).hadErrorContaining("[FD702] " + file + " is stale: the code generates different text.");
    assertThat(stale).hadErrorContaining("-        \"operationId\": \"shareIt\",\n  +        \"operationId\": \"share\",");
    Files.delete(file);
    Compilation missing = verify();
    assertThat(missing).hadErrorContaining("[FD703] " + file + " is missing.");
    Files.writeString(file, current);
    assertThat(verify()).succeeded();
  }

  @Test
  void securityRequirement_perOperation_fromTheAccessRules() {
    Compilation compilation = Compilations.compile(Fixtures.load("review"));
    @SuppressWarnings("unchecked")
    Map<String, Object> document =
        (Map<String, Object>) ModelJson.parse(Compilations.output(compilation, "openapi.json").orElseThrow());

    assertEquals("""
        {
          "basicAuth": {
            "scheme": "basic",
            "type": "http"
          },
          "bearerAuth": {
            "bearerFormat": "JWT",
            "scheme": "bearer",
            "type": "http"
          }
        }""", Json.write(at(document, "components", "securitySchemes")));
    assertEquals("""
        [
          {
            "basicAuth": []
          },
          {
            "bearerAuth": []
          }
        ]""", Json.write(at(document, "paths", "/api/orders", "post", "security")), "authenticated(): any scheme");
    assertEquals("[]", Json.write(at(document, "paths", "/api/public/ping", "get", "security")), "permitAll(): none");
    assertFalse(((Map<?, ?>) at(document, "paths", "/api/reports/createReport", "get")).containsKey("security"),
        "no rule in code: no requirement stated");
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> document, String... path) {
    Object value = document;
    for (String key : path) {
      value = ((Map<String, Object>) value).get(key);
    }
    return value;
  }

  @Test
  void index_isOneRowPerFeatureWithLinksToTheOpenApiDocumentAndTheSchemas() throws Exception {
    assertThat(write()).succeededWithoutWarnings();

    assertEquals("""
        # Features

        One feature is documented here, each in a summary generated from the code.

        | Feature | Business value | Owner | Endpoints | Models | Rules verified by tests | Phases done | Open tasks |
        |---|---|---|---|---|---|---|---|
        | [Document Sharing](document-sharing.md) | Teams share documents without e-mailing copies | Docs team | 2 | 2 | _not analysed_ | 1/2 | 1 |

        _Rules verified by tests_ counts the business rules at least one test names with `@Verifies`; it is filled in when the tests are compiled. A phase is done when all its tasks and testing criteria are checked.

        - OpenAPI 3.1 document of these endpoints: [openapi.json](openapi.json)
        - JSON Schemas of the data models: [schemas/](schemas/)

        <!-- Generated by featuredocs from the code: the index of the summaries in this directory, rewritten on every build. -->
        """, Files.readString(docs.resolve("README.md")));
  }

  @Test
  void index_isNoOrphanedSummary_andVerifyReportsItStale() throws Exception {
    write();
    Path index = docs.resolve("README.md");
    assertThat(verify()).succeededWithoutWarnings();

    Files.writeString(index, Files.readString(index).replace("| 2 | 2 |", "| 3 | 2 |"));
    Compilation stale = verify();

    assertThat(stale).failed();
    assertEquals(1, stale.errors().size(), Compilations.messages(stale, Diagnostic.Kind.ERROR).toString());
    assertThat(stale).hadErrorContaining("[FD702] " + index + " is stale");
  }

  @Test
  void index_compilationWithoutTests_keepsTheCommittedRuleCounts() throws Exception {
    write();
    Path index = docs.resolve("README.md");
    String counted = Files.readString(index).replace("| _not analysed_ |", "| 1/2 |");
    Files.writeString(index, counted);

    assertThat(verify()).succeededWithoutWarnings();
    assertThat(write()).succeededWithoutWarnings();
    assertEquals(counted, Files.readString(index), "the test pass's last word is kept");
  }
}
