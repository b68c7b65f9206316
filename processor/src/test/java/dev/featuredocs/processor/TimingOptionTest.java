package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.diag.Message;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@code -Afeaturedocs.timing}: one note with the processor's time per step, only when asked for. */
class TimingOptionTest {
  private static final Pattern NOTE = Pattern.compile(
      "\\[FD800] featuredocs timing: features=(\\d+) collect=[\\d.]+ms harvest=[\\d.]+ms"
          + " \\(parse=[\\d.]+ms, (\\d+) files\\) render=[\\d.]+ms write=[\\d.]+ms bytes=(\\d+)");

  private static List<String> timingNotes(Compilation compilation) {
    return compilation.notes().stream()
        .map(note -> note.getMessage(Locale.ROOT))
        .filter(message -> message.startsWith("[" + Message.TIMING.id() + "]"))
        .toList();
  }

  @Test
  void timingTrue_printsOneNoteWithFeaturesAndBytes() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.timing=true");

    assertThat(compilation).succeededWithoutWarnings();
    List<String> notes = timingNotes(compilation);
    assertEquals(1, notes.size(), notes.toString());
    Matcher note = NOTE.matcher(notes.get(0));
    assertTrue(note.matches(), notes.get(0));
    assertEquals("1", note.group(1), "one feature");
    assertEquals("0", note.group(2), "no whole file parsed: javaparser reads the models' outlines");
    long written = Compilations.summary(compilation, "document-sharing").getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + Compilations.output(compilation, "document-sharing.json").orElseThrow()
            .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (String schema : List.of("ShareRequest", "ShareResponse")) {
      written += Compilations.output(compilation, "schemas/" + schema + ".schema.json").orElseThrow()
          .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    assertEquals(written, Long.parseLong(note.group(3)), "bytes of the Markdown, JSON and schemas written");
  }

  @Test
  void optionAlone_meansTrue() {
    assertEquals(1, timingNotes(Compilations.compileSharing("-Afeaturedocs.timing")).size());
  }

  @Test
  void withoutTheOption_orFalse_noTimingNote() {
    assertEquals(List.of(), timingNotes(Compilations.compileSharing()));
    assertEquals(List.of(), timingNotes(Compilations.compileSharing("-Afeaturedocs.timing=false")));
  }

  @Test
  void invalidValue_isAnOptionError() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.timing=yes");

    assertThat(compilation).hadErrorContaining(
        Message.OPTION_INVALID.format("featuredocs.timing", "yes", "use true or false"));
    assertThat(compilation).hadErrorCount(1);
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.NOTE
        && d.getMessage(Locale.ROOT).startsWith("[FD800]")));
  }
}
