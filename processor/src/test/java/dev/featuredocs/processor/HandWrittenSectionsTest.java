package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manual blocks: what the team writes in a committed summary survives regeneration, in its place. */
class HandWrittenSectionsTest {
  private static final String PLACEHOLDER = "_Code cannot tell this: it is for the team to write._\n";
  private static final String NOTES = "Shared a document with 50 people on staging:  \n\n"
      + "| step | result |\n|---|---|\n| share | ok ✓ |\n\n\n   indented, with trailing spaces   \n";

  @TempDir Path dir;

  private Path docs() {
    return dir.resolve("docs");
  }

  private Path summary() {
    return docs().resolve("document-sharing.md");
  }

  private Compilation compile(List<JavaFileObject> sources, String... extra) {
    List<String> options = new java.util.ArrayList<>(List.of("-Afeaturedocs.dir=" + docs()));
    options.addAll(List.of(extra));
    return Compilations.compile(sources, options.toArray(String[]::new));
  }

  private static String block(String id, String content) {
    return "<!-- featuredocs:manual id=\"" + id + "\" -->\n" + content + "<!-- /featuredocs:manual -->\n";
  }

  /** The sharing fixture with its owner changed: the generated header line changes. */
  private static List<JavaFileObject> changedCode() {
    return Fixtures.load("sharing", "com/example/sharing/package-info.java",
        text -> text.replace("owner = \"Docs team\"", "owner = \"Sharing squad\""));
  }

  private void writeNotes(String id, String notes) throws Exception {
    String text = Files.readString(summary());
    assertTrue(text.contains(block(id, PLACEHOLDER)));
    Files.writeString(summary(), text.replace(block(id, PLACEHOLDER), block(id, notes)));
  }

  /** The line before the trailer: a hash per section of what was generated ({@link PreservedNotesTest}). */
  private static String hashLine(String text) {
    List<String> lines = List.of(text.split("\n"));
    String line = lines.get(lines.size() - 2);
    assertTrue(line.matches("<!-- featuredocs:sections( [0-9a-f]{8})+ -->"), line);
    return line;
  }

  private static int lineOf(String text, String line) {
    List<String> lines = List.of(text.split("\n", -1));
    assertEquals(1, lines.stream().filter(line::equals).count(), line);
    return lines.indexOf(line) + 1;
  }

  @Test
  void textInsideABlock_survivesRegenerationByteForByteAfterTheCodeAroundItChanges() throws Exception {
    compile(Fixtures.load("sharing"));
    writeNotes("manual-testing", NOTES);

    Compilation regenerated = compile(changedCode());

    assertThat(regenerated).succeededWithoutWarnings();
    String fresh = Compilations.summary(Compilations.compile(changedCode()), "document-sharing");
    assertTrue(fresh.contains("**Developer/Agent**: Sharing squad  \n"));
    String expected = fresh.replace(block("manual-testing", PLACEHOLDER), block("manual-testing", NOTES));
    assertEquals(expected, Files.readString(summary()));
    assertEquals(expected, Compilations.summary(regenerated, "document-sharing"), "the class-output copy agrees");
  }

  @Test
  void blockWhoseSectionDisappeared_isKeptUnderPreservedNotes() throws Exception {
    compile(Fixtures.load("sharing"));
    writeNotes("common-issues", "Restart the share cache.\n");
    writeNotes("maintenance", "Rotate keys yearly.\n");
    // A team template without "Common Issues": the built-in summary with its troubleshooting section shadowed.
    Path template = dir.resolve("team/team.ftl");
    Files.createDirectories(template.resolveSibling("sections"));
    Files.writeString(template, "<#include \"summary.ftl\">\n");
    Files.writeString(template.resolveSibling("sections/troubleshooting.ftl"), """
        ## Troubleshooting Guide

        ### Debug Information
        <@md.later/>
        """);

    Compilation regenerated = compile(Fixtures.load("sharing"), "-Afeaturedocs.template=" + template);

    assertThat(regenerated).succeededWithoutWarnings();
    String text = Files.readString(summary());
    assertFalse(text.contains("### Common Issues"));
    assertTrue(text.contains("### Maintenance Requirements\n" + block("maintenance", "Rotate keys yearly.\n")));
    assertTrue(text.endsWith("""
        - [x] **Feature summary documented**: this summary is generated from the code by featuredocs at every compile

        ## Preserved notes

        _Hand-written notes from sections this summary no longer has, or typed outside a manual block: move them into a manual block where they belong, or delete them._

        """ + block("common-issues", "Restart the share cache.\n") + "\n" + hashLine(text) + "\n" + DocsDirectoryTest.TRAILER
        + "\n"), text);
  }

  @Test
  void verify_expectsTheHandWrittenText() throws Exception {
    compile(Fixtures.load("sharing"));
    writeNotes("scalability", NOTES);

    Compilation verify = compile(Fixtures.load("sharing"), "-Afeaturedocs.mode=verify");

    assertThat(verify).succeededWithoutWarnings();
    assertThat(verify).hadNoteContaining(Message.SUMMARY_CURRENT.format(summary()));
  }

  @Test
  void verify_ofChangedCode_showsOnlyTheGeneratedDifference() throws Exception {
    compile(Fixtures.load("sharing"));
    writeNotes("planned-enhancements", "Expiring shares.\n");
    String committed = Files.readString(summary());
    String committedHashes = hashLine(committed);
    int hashAt = lineOf(committed, committedHashes);

    Compilation verify = compile(changedCode(), "-Afeaturedocs.mode=verify");

    assertEquals(List.of(Message.SUMMARY_STALE.format(summary(), String.join("\n",
        "--- document-sharing.md (committed)",
        "+++ document-sharing.md (generated from the code)",
        "@@ -1,7 +1,7 @@",
        " # Document Sharing - Backend Implementation",
        " ",
        " **Implementation Date**: 2026-11-20  ",
        "-**Developer/Agent**: Docs team  ",
        "+**Developer/Agent**: Sharing squad  ",
        " **PRP Reference**: [docs/PRPs/document-sharing-backend-prp.md](docs/PRPs/document-sharing-backend-prp.md)  ",
        " **PRD Reference**: [docs/PRDs/sharing.md#sharing](docs/PRDs/sharing.md#sharing)  ",
        " ",
        "@@ -" + (hashAt - 3) + ",5 +" + (hashAt - 3) + ",5 @@",
        " " + committed.split("\n")[hashAt - 4],
        " - [x] **Feature summary documented**: this summary is generated from the code by featuredocs at every compile",
        " ",
        "-" + committedHashes,
        "+" + hashLine(Compilations.summary(Compilations.compile(changedCode()), "document-sharing")),
        " " + DocsDirectoryTest.TRAILER)).replace("\n", "\n  ")), Compilations.messages(verify, Diagnostic.Kind.ERROR).stream()
        .filter(m -> m.contains(summary().toString())).toList());
    // the owner is in the index too
    assertThat(verify).hadErrorContaining("[FD702] " + summary().resolveSibling("README.md") + " is stale");
  }

  @Test
  void unclosedBlock_isAnErrorNamingTheLineAndTheFileIsLeftUntouched() throws Exception {
    compile(Fixtures.load("sharing"));
    String text = Files.readString(summary());
    String opening = "<!-- featuredocs:manual id=\"scalability\" -->";
    String broken = text.replace(block("scalability", PLACEHOLDER), opening + "\nNotes without an end.\n");
    Files.writeString(summary(), broken);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(summary(), old);

    Compilation compilation = compile(changedCode());

    assertEquals(List.of(Message.MANUAL_UNCLOSED.format(summary(), lineOf(broken, opening), "scalability")),
        Compilations.messages(compilation, Diagnostic.Kind.ERROR));
    assertEquals(broken, Files.readString(summary()));
    assertEquals(old, Files.getLastModifiedTime(summary()));
  }

  @Test
  void duplicatedId_isAnErrorNamingBothLinesAndTheFileIsLeftUntouched() throws Exception {
    compile(Fixtures.load("sharing"));
    String text = Files.readString(summary());
    String broken = text.replace("### Performance Metrics\n" + block("performance-metrics", PLACEHOLDER),
        "### Performance Metrics\n" + block("scalability", "p95 under 100 ms\n"));
    Files.writeString(summary(), broken);

    Compilation compilation = compile(changedCode());

    String opening = "<!-- featuredocs:manual id=\"scalability\" -->";
    int first = broken.substring(0, broken.indexOf(opening)).split("\n", -1).length;
    int second = broken.substring(0, broken.lastIndexOf(opening)).split("\n", -1).length;
    assertEquals(List.of(Message.MANUAL_DUPLICATE_ID.format(summary(), second, "scalability", first)),
        Compilations.messages(compilation, Diagnostic.Kind.ERROR));
    assertEquals(broken, Files.readString(summary()));
  }

  @Test
  void templateWithUnpairedMarkers_isAnErrorOnTheFeatureAndNothingIsWritten() throws Exception {
    Path template = dir.resolve("broken.ftl");
    Files.writeString(template, "# ${feature.name}\n<!-- featuredocs:manual id=\"notes\" -->\n_Write here._\n");

    Compilation compilation = compile(Fixtures.load("sharing"), "-Afeaturedocs.template=" + template);

    JavaFileObject packageInfo = Fixtures.load("sharing").stream()
        .filter(f -> f.getName().endsWith("package-info.java")).findFirst().orElseThrow();
    assertThat(compilation).hadErrorContaining(Message.TEMPLATE_MANUAL_BLOCKS.format(
            "broken.ftl", "Document Sharing", 2, "manual block \"notes\" is not closed"))
        .inFile(packageInfo).onLineContaining("package com.example.sharing;");
    assertFalse(Files.exists(summary()));
  }
}
