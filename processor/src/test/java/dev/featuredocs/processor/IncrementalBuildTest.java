package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental compile (Gradle, an IDE) recompiles only changed sources; the other types of the
 * feature are class files in class output. Their facts come from the fragments the previous compile
 * left there, so the summary is the one a clean build writes.
 */
class IncrementalBuildTest {
  private static final String SERVICE = "com/example/sharing/SharingService.java";
  private static final UnaryOperator<String> EDIT = source -> source
      .replace("at most 50 people", "at most 40 people")
      .replace("  void internalHelper() {}", "  /** Revokes a share. */\n  public void revoke(long shareId) {}\n\n  void internalHelper() {}");

  @TempDir Path dir;

  @Test
  void recompilingOnlyTheChangedSource_writesTheSummaryOfACleanBuild() {
    Path incremental = dir.resolve("incremental");
    assertTrue(DiskCompiler.compile(incremental, withStubs(Fixtures.load("sharing"))).success());
    String before = DiskCompiler.read(summary(incremental));
    List<JavaFileObject> changed = Fixtures.load("sharing", SERVICE, EDIT);

    DiskCompiler.Result result = DiskCompiler.compile(incremental, List.of(only(changed, SERVICE)));

    assertTrue(result.success(), result.diagnostics().toString());
    assertEquals(List.of(), result.messages(Diagnostic.Kind.WARNING));
    Path clean = dir.resolve("clean");
    assertTrue(DiskCompiler.compile(clean, withStubs(changed)).success());
    String after = DiskCompiler.read(summary(incremental));
    assertNotEquals(before, after);
    assertTrue(after.contains("at most 40 people") && after.contains("revoke(long shareId)"), after);
    assertEquals(DiskCompiler.read(summary(clean)), after);
    assertEquals(DiskCompiler.read(json(clean)), DiskCompiler.read(json(incremental)));
  }

  @Test
  void recompilingOneSourceWithoutFragments_leavesTheSummaryAndSaysWhy() {
    // The previous fragment of the controller's package is gone: the controller is a class file that
    // nothing describes, so this compile cannot write the whole summary, and leaves it as it was.
    Path incremental = dir.resolve("incremental");
    assertTrue(DiskCompiler.compile(incremental, withStubs(Fixtures.load("sharing"))).success());
    String before = DiskCompiler.read(summary(incremental));
    Path fragment = incremental.resolve("com/example/sharing/document-sharing.featuredocs.json");
    assertTrue(fragment.toFile().delete());

    DiskCompiler.Result result = DiskCompiler.compile(incremental, List.of(only(Fixtures.load("sharing", SERVICE, EDIT), SERVICE)));

    assertTrue(result.success(), result.diagnostics().toString());
    assertEquals(before, DiskCompiler.read(summary(incremental)));
    List<String> notes = result.messages(Diagnostic.Kind.NOTE).stream().filter(n -> n.startsWith("[FD740]")).toList();
    assertEquals(1, notes.size(), result.diagnostics().toString());
    assertTrue(notes.get(0).startsWith("[FD740] left as they were, neither written nor verified: document-sharing.md"
        + " (feature \"Document Sharing\": no featuredocs fragment in class output describes com.example.sharing.Share,")
        && notes.get(0).contains(" com.example.sharing.ShareController,"), notes.get(0));
  }

  @Test
  void aDeletedType_leavesTheSummary() throws Exception {
    Path incremental = dir.resolve("incremental");
    assertTrue(DiskCompiler.compile(incremental, withStubs(Fixtures.load("sharing"))).success());
    assertTrue(DiskCompiler.read(summary(incremental)).contains("SharingErrors"));
    // SharingErrors.java deleted: the build tool removes its class file, then recompiles what changed.
    java.nio.file.Files.delete(incremental.resolve("com/example/sharing/SharingErrors.class"));

    DiskCompiler.Result result = DiskCompiler.compile(incremental, List.of(only(Fixtures.load("sharing"), SERVICE)));

    assertTrue(result.success(), result.diagnostics().toString());
    String after = DiskCompiler.read(summary(incremental));
    String overview = Summaries.section(after, "## Feature Overview");
    String files = Summaries.section(after, "#### New Files Created");
    assertTrue(!overview.contains("SharingErrors") && overview.contains("ShareController"), overview);
    assertTrue(!files.contains("SharingErrors.java") && files.contains("ShareController.java"), files);
    String fragment = DiskCompiler.read(incremental.resolve("com/example/sharing/document-sharing.featuredocs.json"));
    assertTrue(!fragment.contains("\"com.example.sharing.SharingErrors\"") && fragment.contains("\"com.example.sharing.ShareController\""),
        fragment);
  }

  @Test
  void aFullRecompileOverAnOldClassOutput_writesTheCleanBuildsSummary() {
    // Maven without clean: every source compiled again, the previous compile's fragments still there.
    Path reused = dir.resolve("reused");
    assertTrue(DiskCompiler.compile(reused, withStubs(Fixtures.load("sharing"))).success());
    List<JavaFileObject> changed = Fixtures.load("sharing", "com/example/sharing/ShareController.java",
        source -> source.replace("@Phase(\"Phase 2: Sharing API\")\npublic class", "public class"));

    assertTrue(DiskCompiler.compile(reused, withStubs(changed)).success());

    Path clean = dir.resolve("clean");
    assertTrue(DiskCompiler.compile(clean, withStubs(changed)).success());
    assertEquals(DiskCompiler.read(summary(clean)), DiskCompiler.read(summary(reused)));
  }

  private static List<JavaFileObject> withStubs(List<JavaFileObject> sources) {
    List<JavaFileObject> all = new ArrayList<>(Fixtures.stubs());
    all.addAll(sources);
    return all;
  }

  private static JavaFileObject only(List<JavaFileObject> sources, String path) {
    return sources.stream().filter(f -> f.toUri().getPath().endsWith(path)).findFirst().orElseThrow();
  }

  private static Path summary(Path out) {
    return out.resolve("META-INF/featuredocs/document-sharing.md");
  }

  private static Path json(Path out) {
    return out.resolve("META-INF/featuredocs/document-sharing.json");
  }
}
