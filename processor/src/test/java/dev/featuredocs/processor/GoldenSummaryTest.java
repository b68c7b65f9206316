package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole summary of the sharing fixture, byte for byte. After an intended change, regenerate
 * the golden file with {@code mvn -pl processor test -Dfeaturedocs.updateGolden=true} and review its diff.
 */
class GoldenSummaryTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/document-sharing.md");

  @Test
  void sharingSummary_matchesTheGoldenFile() throws Exception {
    Compilation compilation = Compilations.compileSharing();
    assertThat(compilation).succeededWithoutWarnings();
    String actual = Compilations.summary(compilation, "document-sharing");

    if (Boolean.getBoolean("featuredocs.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN), actual);
  }
}
