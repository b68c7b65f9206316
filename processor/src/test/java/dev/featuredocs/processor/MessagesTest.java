package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.diag.Failures;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages about committed files say what is wrong with them, not what the JDK's exception said. */
class MessagesTest {
  @TempDir Path docs;

  private Compilation write() {
    return Compilations.compileSharing("-Afeaturedocs.dir=" + docs);
  }

  private Compilation verify() {
    return Compilations.compileSharing("-Afeaturedocs.dir=" + docs, "-Afeaturedocs.mode=verify");
  }

  @Test
  void committedFileWithAByteOrderMark_isUpToDate() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    Files.write(summary, ("\uFEFF" + Files.readString(summary)).getBytes(StandardCharsets.UTF_8));

    Compilation compilation = verify();

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[FD704] " + summary + " is up to date");
  }

  @Test
  void markerShownInAFencedCodeBlockOfHandWrittenText_isText() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    String notes = """
        <!-- featuredocs:manual id="manual-testing" -->
        A block is written so:
        ```
        <!-- featuredocs:manual id="example" -->
        text
        ```
        <!-- /featuredocs:manual -->
        """;
    String text = Files.readString(summary);
    int open = text.indexOf("<!-- featuredocs:manual id=\"manual-testing\" -->");
    int close = text.indexOf("<!-- /featuredocs:manual -->", open) + "<!-- /featuredocs:manual -->\n".length();
    Files.writeString(summary, text.substring(0, open) + notes + text.substring(close));

    Compilation compilation = write();

    assertThat(compilation).succeeded();
    assertTrue(Files.readString(summary).contains(notes), "kept as written");
  }

  @Test
  void writeFailure_saysWhy() throws Exception {
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("schemas"), "a file where the folder goes");

    Compilation compilation = write();

    assertThat(compilation).hadErrorContaining("[FD701] could not write " + docs.resolve("schemas/ShareRequest.schema.json")
        + ": " + docs.resolve("schemas") + " exists and is not a directory. The previous file, if any, is left as it was");
  }

  @Test
  void reasons_ofTheJdksFileExceptions() {
    assertEquals("permission denied (/docs/a.md)", Failures.reason(new AccessDeniedException("/docs/a.md")));
    assertEquals("No space left on device (/docs/.a.md.featuredocs-1.tmp)",
        Failures.reason(new FileSystemException("/docs/.a.md.featuredocs-1.tmp", null, "No space left on device")));
    assertEquals("/docs/schemas is not a directory",
        Failures.reason(new java.nio.file.NotDirectoryException("/docs/schemas")));
  }

  @Test
  void committedFileThatIsNotUtf8_namesTheLine() throws Exception {
    write();
    Path summary = docs.resolve("document-sharing.md");
    Files.write(summary, "# Document Sharing\n\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    Compilation compilation = verify();

    assertThat(compilation).hadErrorContaining("[FD711] could not read " + summary
        + ": line 3 is not UTF-8 (byte 0xE9): the file is not UTF-8; save it as UTF-8. Nothing was written or verified for it");
    assertEquals(List.of(), Compilations.messages(compilation, Diagnostic.Kind.ERROR).stream()
        .filter(m -> m.contains("Input length")).toList());
  }
}
