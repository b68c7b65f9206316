package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed copy under {@code -Afeaturedocs.dir}: written, left alone when current, verified. */
class DocsDirectoryTest {
  @TempDir Path docs;

  private Compilation compile(String... extra) {
    String[] options = Stream.concat(Stream.of("-Afeaturedocs.dir=" + docs), Stream.of(extra)).toArray(String[]::new);
    return Compilations.compileSharing(options);
  }

  @Test
  void writeMode_writesTheSameBytesAsTheClassOutputCopy() throws Exception {
    Compilation compilation = compile();

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Compilations.summary(compilation, "document-sharing"),
        Files.readString(docs.resolve("document-sharing.md")));
    try (Stream<Path> files = Files.walk(docs)) {
      assertEquals(List.of("document-sharing.md", "schemas", "schemas/ShareRequest.schema.json",
              "schemas/ShareResponse.schema.json"),
          files.filter(f -> !f.equals(docs)).map(f -> docs.relativize(f).toString()).sorted().toList(),
          "the summary and its schemas, no temp files left behind");
    }
    assertEquals(Compilations.output(compilation, "schemas/ShareRequest.schema.json").orElseThrow(),
        Files.readString(docs.resolve("schemas/ShareRequest.schema.json")));
  }

  @Test
  void unchangedSummary_isNotRewritten() throws Exception {
    compile();
    Path summary = docs.resolve("document-sharing.md");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(summary, old);

    compile();

    assertEquals(old, Files.getLastModifiedTime(summary));
  }

  @Test
  void changedSummary_isReplaced() throws Exception {
    Path summary = docs.resolve("document-sharing.md");
    Files.writeString(summary, "old text\n");

    compile();

    assertTrue(Files.readString(summary).startsWith("# Document Sharing - Backend Implementation\n"));
  }

  @Test
  void verifyMode_currentSummaryIsANote() {
    compile();

    Compilation verify = compile("-Afeaturedocs.mode=verify");

    assertThat(verify).succeeded();
    assertThat(verify).hadNoteContaining(Message.SUMMARY_CURRENT.format(docs.resolve("document-sharing.md")));
  }

  @Test
  void verifyMode_staleSummaryIsAnErrorNamingTheFileAndLineAndNothingIsWritten() throws Exception {
    compile();
    Path summary = docs.resolve("document-sharing.md");
    String current = Files.readString(summary);
    String stale = current.replace("**Developer/Agent**: Docs team", "**Developer/Agent**: Someone else");
    Files.writeString(summary, stale);

    Compilation verify = compile("-Afeaturedocs.mode=verify");

    assertThat(verify).hadErrorContaining(Message.SUMMARY_STALE.format(summary, 4));
    assertEquals(stale, Files.readString(summary), "verify writes nothing");
  }

  @Test
  void verifyMode_windowsLineEndingsAreNotStale() throws Exception {
    compile();
    Path summary = docs.resolve("document-sharing.md");
    Files.writeString(summary, Files.readString(summary).replace("\n", "\r\n"));

    assertThat(compile("-Afeaturedocs.mode=verify")).succeeded();
  }

  @Test
  void verifyMode_missingSummaryIsAnError() {
    Compilation verify = compile("-Afeaturedocs.mode=verify");

    assertThat(verify).hadErrorContaining(Message.SUMMARY_MISSING.format(docs.resolve("document-sharing.md")));
  }

  @Test
  void featureNameWithPathSegments_cannotEscapeTheDirectory() throws Exception {
    Compilation compilation = Compilations.compile(List.of(JavaFileObjects.forSourceString("com.example.Evil", """
        package com.example;

        @dev.featuredocs.annotations.Feature("../../etc/passwd")
        public class Evil {}
        """)), "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).succeeded();
    try (Stream<Path> files = Files.list(docs)) {
      assertEquals(List.of(docs.resolve("etc-passwd.md")), files.filter(f -> f.toString().endsWith(".md")).toList());
    }
    assertTrue(Files.readString(docs.resolve("etc-passwd.md")).startsWith("# ../../etc/passwd - Backend Implementation\n"));
  }
}
