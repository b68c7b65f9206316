package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Afeaturedocs.mode=verify}: compares with the committed summaries, writes none, and says how to fix each. */
class VerifyModeTest {
  private static final String COMMITTED = "document-sharing.md (committed)";
  private static final String GENERATED = "document-sharing.md (generated from the code)";

  @TempDir Path docs;

  private Compilation write() {
    return Compilations.compileSharing("-Afeaturedocs.dir=" + docs);
  }

  private Compilation verify() {
    return Compilations.compileSharing("-Afeaturedocs.dir=" + docs, "-Afeaturedocs.mode=verify");
  }

  private static List<String> errors(Compilation compilation) {
    return Compilations.messages(compilation, Diagnostic.Kind.ERROR);
  }

  /** A message as javac reports it: every line after the first indented by two spaces. */
  private static String javac(String message) {
    return message.replace("\n", "\n  ");
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  @Test
  void currentSummary_isOneNote() {
    write();

    Compilation verify = verify();

    assertThat(verify).succeededWithoutWarnings();
    // the fixture's unmet success criteria are notes too (FD820); verify adds exactly one of its own
    assertEquals(List.of(Message.SUMMARY_CURRENT.format(docs.resolve("document-sharing.md"))),
        Compilations.messages(verify, Diagnostic.Kind.NOTE).stream().filter(m -> !m.startsWith("[FD820]")).toList());
  }

  @Test
  void editedGeneratedLine_isAnErrorWithTheDiffAndTheCommandAndRestoringItPasses() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    String current = Files.readString(summary);
    String edited = current.replace("**Developer/Agent**: Docs team  \n", "**Developer/Agent**: Someone else  \n");
    Files.writeString(summary, edited);

    Compilation stale = verify();

    assertThat(stale).failed();
    // an edited generated line is text typed outside a block: write would keep it under Preserved notes
    List<String> errors = errors(stale);
    assertEquals(2, errors.size(), errors.toString());
    assertEquals(javac(Message.TYPED_OUTSIDE_BLOCKS.format(summary, "line 4 in the top of the file", "preserved-notes")),
        errors.get(0));
    assertTrue(errors.get(1).startsWith(javac(Message.SUMMARY_STALE.format(summary, String.join("\n",
        "--- " + COMMITTED,
        "+++ " + GENERATED,
        "@@ -1,7 +1,7 @@",
        " # Document Sharing - Backend Implementation",
        " ",
        " **Implementation Date**: 2026-11-20  ",
        "-**Developer/Agent**: Someone else  ",
        "+**Developer/Agent**: Docs team  ",
        " **PRP Reference**: [docs/PRPs/document-sharing-backend-prp.md](docs/PRPs/document-sharing-backend-prp.md)  ",
        " **PRD Reference**: [docs/PRDs/sharing.md#sharing](docs/PRDs/sharing.md#sharing)  ",
        " ",
        "@@ ")))), errors.get(1));
    assertTrue(errors.get(1).contains(javac("\n+<!-- featuredocs:manual id=\"preserved-notes\" -->\n"
        + "+_Typed outside a manual block in the top of the file:_\n+\n+**Developer/Agent**: Someone else  \n")),
        errors.get(1));
    assertEquals(edited, Files.readString(summary), "verify writes nothing");

    Files.writeString(summary, current);

    assertThat(verify()).succeeded();
  }

  @Test
  void staleMessage_saysHowToRegenerate() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    Files.writeString(summary, Files.readString(summary).replace("Docs team", "Someone else"));

    assertThat(verify()).hadErrorContaining("[FD702] " + summary + " is stale: the code generates different text."
        + " Regenerate it and commit it: mvn clean test-compile -Dfeaturedocs.mode=write"
        + " (the javac option is -Afeaturedocs.mode=write, the default; test-compile, so that the tests are"
        + " analysed too)\n  --- " + COMMITTED + "\n");
  }

  @Test
  void longDifference_isCutAfterFortyLinesSayingHowManyMore() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    String current = Files.readString(summary);
    StringBuilder extra = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      extra.append("stray line ").append(i).append('\n');
    }
    // without the line of section hashes (an older featuredocs wrote it), the lines count as unedited text
    String old = current.replaceAll("(?m)^<!-- featuredocs:sections[ 0-9a-f]* -->\n", "");
    Files.writeString(summary, old + extra);

    Compilation stale = verify();

    List<String> oldLines = lines(old);
    int count = oldLines.size() - 1; // the text ends with a newline
    List<String> diff = new ArrayList<>(List.of("--- " + COMMITTED, "+++ " + GENERATED,
        "@@ -" + (count - 3) + ",64 +" + (count - 3) + ",5 @@"));
    for (String context : oldLines.subList(count - 4, count - 1)) {
      diff.add(" " + context);
    }
    diff.add("+" + lines(current).get(count - 1));
    diff.add(" " + oldLines.get(count - 1));
    for (int i = 1; i <= 34; i++) {
      diff.add("-stray line " + i);
    }
    diff.add("... 26 more lines not shown");
    assertEquals(List.of(javac(Message.SUMMARY_STALE.format(summary, String.join("\n", diff)))), errors(stale));
  }

  /** {@code SummaryOutput.DIFF_LINES}: lines of diff shown in a message after its two file lines. */
  private static final class SummaryOutputLines {
    static final int DIFF = 40;
  }

  @Test
  void windowsLineEndings_areNotStale() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    Files.writeString(summary, Files.readString(summary).replace("\n", "\r\n"));

    assertThat(verify()).succeededWithoutWarnings();
  }

  @Test
  void missingSummary_isAnErrorShowingTheStartOfWhatIsExpected() {
    Path summary = docs.resolve("document-sharing.md");

    Compilation missing = verify();

    String expected = Compilations.summary(Compilations.compileSharing(), "document-sharing");
    List<String> expectedLines = lines(expected);
    List<String> diff = new ArrayList<>(List.of("--- /dev/null", "+++ " + GENERATED,
        "@@ -0,0 +1," + (expectedLines.size() - 1) + " @@"));
    for (String line : expectedLines.subList(0, 39)) {
      diff.add("+" + line);
    }
    diff.add("... " + (expectedLines.size() - 1 - 39) + " more lines not shown");
    assertEquals(List.of(javac(Message.SUMMARY_MISSING.format(summary, String.join("\n", diff)))),
        errors(missing).stream().filter(e -> e.contains(summary.toString())).toList());
    assertTrue(errors(missing).stream().anyMatch(e -> e.startsWith("[FD703] " + docs.resolve("schemas/ShareRequest.schema.json"))),
        "a missing schema is reported too");
    assertFalse(Files.exists(summary), "verify writes nothing");
  }

  @Test
  void orphanedSummary_isAnErrorAndOtherMarkdownIsNotOurs() throws Exception {
    write();
    Path orphan = docs.resolve("old-feature.md");
    Files.writeString(orphan, "# Old Feature - Backend Implementation\n\nGone.\n\n" + DocsDirectoryTest.TRAILER + "\n");
    Files.writeString(docs.resolve("README.md"), "# Our features\n\nSee the summaries here.\n");

    Compilation orphaned = verify();

    assertEquals(List.of(javac(Message.SUMMARY_ORPHANED.format(orphan, orphan, String.join("\n",
        "--- old-feature.md (committed)",
        "+++ /dev/null",
        "@@ -1,5 +0,0 @@",
        "-# Old Feature - Backend Implementation",
        "-",
        "-Gone.",
        "-",
        "-" + DocsDirectoryTest.TRAILER)))), errors(orphaned));
    try (Stream<Path> files = Files.list(docs)) {
      assertEquals(3, files.filter(f -> !f.endsWith("schemas") && !f.endsWith("openapi.json")).count(),
          "verify deletes nothing");
    }
  }

  @Test
  void compilationWithAnError_reportsNoOrphans() throws Exception {
    Path orphan = docs.resolve("old-feature.md");
    Files.writeString(orphan, "# Old\n\n" + DocsDirectoryTest.TRAILER + "\n");

    Compilation compilation = Compilations.compile(List.of(com.google.testing.compile.JavaFileObjects.forSourceString(
        "com.example.Blank", """
        package com.example;

        @dev.featuredocs.annotations.Feature(" ")
        public class Blank {}
        """)), "-Afeaturedocs.dir=" + docs, "-Afeaturedocs.mode=verify");

    assertEquals(List.of(Message.FEATURE_NAME_BLANK.format()), errors(compilation));
  }
}
