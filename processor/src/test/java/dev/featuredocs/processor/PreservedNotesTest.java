package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text typed into a committed summary outside the manual blocks: told from text that changed with
 * the code by the sections' hashes on the line before the trailer, and kept in the
 * {@code preserved-notes} block at the end rather than lost.
 */
class PreservedNotesTest {
  private static final String HASHES = "<!-- featuredocs:sections( [0-9a-f]{8})+ -->";
  private static final String INTRO = "_Hand-written notes from sections this summary no longer has, or typed outside a"
      + " manual block: move them into a manual block where they belong, or delete them._";

  @TempDir Path dir;

  private Path summary() {
    return dir.resolve("document-sharing.md");
  }

  private Compilation compile(List<JavaFileObject> sources, String... extra) {
    List<String> options = new java.util.ArrayList<>(List.of("-Afeaturedocs.dir=" + dir));
    options.addAll(List.of(extra));
    return Compilations.compile(sources, options.toArray(String[]::new));
  }

  private static List<JavaFileObject> changedCode() {
    return Fixtures.load("sharing", "com/example/sharing/package-info.java",
        text -> text.replace("owner = \"Docs team\"", "owner = \"Sharing squad\""));
  }

  /** The summary without the blank line and the two lines that end it (hashes and trailer), checked apart. */
  private static String body(String text) {
    String[] lines = text.split("\n", -1);
    assertEquals("", lines[lines.length - 1]);
    assertEquals(DocsDirectoryTest.TRAILER, lines[lines.length - 2]);
    assertTrue(lines[lines.length - 3].matches(HASHES), lines[lines.length - 3]);
    assertEquals("", lines[lines.length - 4]);
    return String.join("\n", List.of(lines).subList(0, lines.length - 4)) + "\n";
  }

  private static String preserved(String notes) {
    return "\n## Preserved notes\n\n" + INTRO + "\n\n<!-- featuredocs:manual id=\"preserved-notes\" -->\n" + notes
        + "<!-- /featuredocs:manual -->\n";
  }

  private void edit(String old, String replacement) throws Exception {
    String text = Files.readString(summary());
    assertEquals(1, text.split(java.util.regex.Pattern.quote(old), -1).length - 1, old);
    Files.writeString(summary(), text.replace(old, replacement));
  }

  private static int lineOf(String text, String line) {
    List<String> lines = List.of(text.split("\n", -1));
    assertEquals(1, lines.stream().filter(line::equals).count(), line);
    return lines.indexOf(line) + 1;
  }

  private static List<String> warnings(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /** A third compile of the same code: nothing to say, nothing to change (the hashes describe the file). */
  private void assertStable(List<JavaFileObject> sources) throws Exception {
    String before = Files.readString(summary());
    Compilation again = compile(sources);
    assertThat(again).succeededWithoutWarnings();
    assertEquals(before, Files.readString(summary()));
  }

  @Test
  void editInsideASection_isMovedToPreservedNotesWithAWarningNamingTheLine() throws Exception {
    compile(Fixtures.load("sharing"));
    String fresh = Files.readString(summary());
    String typed = "Reviewed with the security team on 2026-11-25.  \n";
    edit("**Feature Name**: Document Sharing  \n", "**Feature Name**: Document Sharing  \n" + typed);
    int line = lineOf(Files.readString(summary()), typed.strip() + "  ");

    Compilation regenerated = compile(Fixtures.load("sharing"));

    assertEquals(List.of(Message.TYPED_OUTSIDE_BLOCKS_WARNING.format(summary(),
        "line " + line + " in \"Feature Overview\"", "preserved-notes")), warnings(regenerated));
    String text = Files.readString(summary());
    assertEquals(body(fresh) + preserved("_Typed outside a manual block in \"Feature Overview\":_\n\n" + typed), body(text));
    assertStable(Fixtures.load("sharing"));
  }

  @Test
  void paragraphBetweenSections_isKeptWithEveryCharacter() throws Exception {
    compile(Fixtures.load("sharing"));
    String fresh = Files.readString(summary());
    String typed = "Note: the *share cache* | is warmed   \nat start-up (ticket OPS-12).\n";
    edit("\n## Security Considerations\n", "\n" + typed + "\n## Security Considerations\n");
    int line = lineOf(Files.readString(summary()), "Note: the *share cache* | is warmed   ");

    Compilation regenerated = compile(Fixtures.load("sharing"));

    assertEquals(List.of(Message.TYPED_OUTSIDE_BLOCKS_WARNING.format(summary(),
        "lines " + line + "-" + (line + 1) + " in \"Testing & Validation\"", "preserved-notes")), warnings(regenerated));
    assertEquals(body(fresh) + preserved("_Typed outside a manual block in \"Testing & Validation\":_\n\n" + typed),
        body(Files.readString(summary())));
    assertStable(Fixtures.load("sharing"));
  }

  @Test
  void editedHeading_isKeptAndTheSectionRegenerated() throws Exception {
    compile(Fixtures.load("sharing"));
    String fresh = Files.readString(summary());
    edit("\n## Integration Points\n", "\n## Integration Points (reviewed)\n");
    int line = lineOf(Files.readString(summary()), "## Integration Points (reviewed)");

    Compilation regenerated = compile(Fixtures.load("sharing"));

    assertEquals(List.of(Message.TYPED_OUTSIDE_BLOCKS_WARNING.format(summary(),
        "line " + line + " in \"Integration Points (reviewed)\"", "preserved-notes")), warnings(regenerated));
    assertEquals(body(fresh) + preserved("_Typed outside a manual block in \"Integration Points (reviewed)\":_\n\n"
        + "## Integration Points (reviewed)\n"), body(Files.readString(summary())));
    assertStable(Fixtures.load("sharing"));
  }

  @Test
  void editAndCodeChangeInTheSameSection_keepTheTypedTextAndTheOldLineTheCodeReplaced() throws Exception {
    compile(Fixtures.load("sharing"));
    String typed = "Owner changes in Q1 (see ORG-7).  \n";
    edit("**Developer/Agent**: Docs team  \n", "**Developer/Agent**: Docs team  \n" + typed);
    int line = lineOf(Files.readString(summary()), "**Developer/Agent**: Docs team  ");

    Compilation regenerated = compile(changedCode());

    assertEquals(List.of(Message.TYPED_OUTSIDE_BLOCKS_WARNING.format(summary(),
        "lines " + line + "-" + (line + 1) + " in the top of the file", "preserved-notes")), warnings(regenerated));
    String text = Files.readString(summary());
    assertTrue(text.contains("**Developer/Agent**: Sharing squad  \n"), text);
    // the hash says the section was edited, not which of its lines: the line the code replaced comes along
    String fresh = Compilations.summary(Compilations.compile(changedCode()), "document-sharing");
    assertEquals(body(fresh) + preserved("_Typed outside a manual block in the top of the file:_\n\n"
        + "**Developer/Agent**: Docs team  \n" + typed), body(text));
    assertStable(changedCode());
  }

  @Test
  void earlierPreservedNotes_areKeptAndNewOnesAddedAfterThem() throws Exception {
    compile(Fixtures.load("sharing"));
    String fresh = Files.readString(summary());
    edit("**Feature Name**: Document Sharing  \n", "**Feature Name**: Document Sharing  \nFirst note.\n");
    compile(Fixtures.load("sharing"));
    edit("\n## Troubleshooting Guide\n", "\nSecond note.\n\n## Troubleshooting Guide\n");

    Compilation regenerated = compile(Fixtures.load("sharing"));

    assertEquals(1, warnings(regenerated).size(), warnings(regenerated).toString());
    assertEquals(body(fresh) + preserved("_Typed outside a manual block in \"Feature Overview\":_\n\nFirst note.\n\n"
        + "_Typed outside a manual block in \"Future Considerations\":_\n\nSecond note.\n"), body(Files.readString(summary())));
    assertStable(Fixtures.load("sharing"));
  }

  @Test
  void editsInsideBlocksAndTrimmedLineEnds_areNoEdits() throws Exception {
    compile(Fixtures.load("sharing"));
    String text = Files.readString(summary());
    // an editor that trims trailing spaces on save, and text written in a manual block
    String trimmed = String.join("\n", text.lines().map(String::stripTrailing).toList()) + "\n";
    Files.writeString(summary(), trimmed.replace("<!-- featuredocs:manual id=\"manual-testing\" -->\n"
        + "_Code cannot tell this: it is for the team to write._\n", "<!-- featuredocs:manual id=\"manual-testing\" -->\n"
        + "Shared with 50 people on staging.\n"));

    Compilation regenerated = compile(Fixtures.load("sharing"));

    assertThat(regenerated).succeededWithoutWarnings();
    assertEquals(text.replace("_Code cannot tell this: it is for the team to write._\n<!-- /featuredocs:manual -->\n\n"
        + "### Performance Testing", "Shared with 50 people on staging.\n<!-- /featuredocs:manual -->\n\n"
        + "### Performance Testing"), Files.readString(summary()));
  }

  @Test
  void summaryWithoutHashes_writtenByAnOlderVersion_isTakenAsUneditedAndNothingIsSaid() throws Exception {
    compile(Fixtures.load("sharing"));
    String fresh = Files.readString(summary());
    String old = fresh.replaceAll("(?m)^" + HASHES + "\n", "");
    assertEquals(fresh.lines().count() - 1, old.lines().count());
    Files.writeString(summary(), old.replace("**Feature Name**: Document Sharing  \n",
        "**Feature Name**: Document Sharing  \nTyped before section hashes existed.\n"));

    Compilation regenerated = compile(Fixtures.load("sharing"));

    assertThat(regenerated).succeededWithoutWarnings();
    assertEquals(fresh, Files.readString(summary()));
  }

  @Test
  void verify_ofAnEditOutsideTheBlocks_isAnErrorNamingTheLinesAndTheFileIsLeftAsItWas() throws Exception {
    compile(Fixtures.load("sharing"));
    edit("**Feature Name**: Document Sharing  \n", "**Feature Name**: Document Sharing  \nA typed line.\n");
    String edited = Files.readString(summary());
    int line = lineOf(edited, "A typed line.");

    Compilation verify = compile(Fixtures.load("sharing"), "-Afeaturedocs.mode=verify");

    assertThat(verify).failed();
    assertThat(verify).hadErrorContaining(Message.TYPED_OUTSIDE_BLOCKS.format(summary(),
        "line " + line + " in \"Feature Overview\"", "preserved-notes"));
    assertThat(verify).hadErrorContaining("[FD702] " + summary() + " is stale");
    assertEquals(edited, Files.readString(summary()));
  }
}
