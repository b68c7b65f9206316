package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compile under a file-size limit ({@code ulimit -f}, what a CI runner or a full disk does): the
 * class-output copies are replaced whole or not at all, as FD701 says.
 */
class FileSizeLimitTest {
  /** KiB a file may grow to in the limited compile: more than any class file, less than the summary. */
  private static final int LIMIT_KIB = 16;

  @TempDir Path dir;

  /** The limited compile, in a child JVM: {@code args[0]} is the class output directory. */
  public static void main(String[] args) {
    DiskCompiler.Result result = DiskCompiler.compile(Path.of(args[0]), sources());
    result.diagnostics().forEach(d -> System.out.println(d.getKind() + " " + d.getMessage(Locale.ROOT)));
  }

  private static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.stubs());
    sources.addAll(Fixtures.load("sharing"));
    return sources;
  }

  @Test
  void fileSizeLimit_leavesThePreviousClassOutputCopyWhole() throws Exception {
    Path out = dir.resolve("classes");
    DiskCompiler.compile(out, sources());
    Path summary = out.resolve("META-INF/featuredocs/document-sharing.md");
    byte[] before = Files.readAllBytes(summary);
    assertTrue(before.length > LIMIT_KIB * 1024, "the summary is larger than the limit: " + before.length);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder("bash", "-c", "ulimit -f " + LIMIT_KIB + " && exec \"$0\" -XX:-UsePerfData"
        + " -cp \"$1\" dev.featuredocs.processor.FileSizeLimitTest \"$2\"",
        java, System.getProperty("java.class.path"), out.toString()).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.waitFor(), output);

    assertTrue(output.contains("[FD701] could not write META-INF/featuredocs/document-sharing.md: File too large."
        + " The previous file, if any, is left as it was"), output);
    assertArrayEquals(before, Files.readAllBytes(summary), "left as it was, not cut at " + LIMIT_KIB + " KiB");
    try (var files = Files.list(summary.getParent())) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(), "no temp file left");
    }
  }
}
