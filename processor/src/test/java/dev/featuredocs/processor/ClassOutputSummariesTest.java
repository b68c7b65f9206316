package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code featuredocs.classOutputSummaries=false}: no Markdown summary in class output (and so none
 * in the jar) for teams that do not ship them; the committed copy is written as before, and the
 * JSON model stays for the test compile and downstream modules.
 */
class ClassOutputSummariesTest {
  @TempDir Path docs;

  @Test
  void byDefault_theSummaryIsInClassOutput() {
    Compilation compilation = Compilations.compileSharing();

    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/featuredocs/document-sharing.md").isPresent());
  }

  @Test
  void optionFalse_leavesTheMarkdownOutOfClassOutputButWritesTheCommittedCopy() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.classOutputSummaries=false",
        "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/featuredocs/document-sharing.md").isEmpty());
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/featuredocs/document-sharing.json").isPresent());
    assertTrue(Files.isRegularFile(docs.resolve("document-sharing.md")));
  }

  @Test
  void optionNotABoolean_isAnError() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.classOutputSummaries=no");

    assertThat(compilation).hadErrorContaining("[FD501] option -Afeaturedocs.classOutputSummaries=no is not valid: use true or false");
  }
}
