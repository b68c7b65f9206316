package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages by concern, checked on its sources: the arrows run one way (a package
 * imports only packages below it in {@link #LAYERS}), no package holds more than 20 files, each says
 * in {@code package-info.java} what it owns, and ARCHITECTURE.md names every package.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.featuredocs.processor";
  /** Bottom to top; a package may import the packages before it, never those after it. */
  static final List<String> LAYERS = List.of(
      "diag", "json",
      "model.web", "model.schema", "model.persistence", "model.security", "model.review", "model",
      "source", "fragment",
      "harvest.javac", "harvest.config", "harvest.component", "harvest.schema", "harvest.persistence", "harvest.web",
      "harvest.security", "harvest.review", "harvest.feature", "harvest.tests",
      "catalog", "render", "render.openapi", "output", "");
  private static final Path SOURCES = Path.of("src/main/java", ROOT.split("\\."));
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "((?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void imports_runAlongTheLayersOnly() throws IOException {
    List<String> backwards = new ArrayList<>();
    for (Map.Entry<String, List<Path>> pkg : packages().entrySet()) {
      int own = layer(pkg.getKey());
      for (Path file : pkg.getValue()) {
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String target = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
          if (!target.equals(pkg.getKey()) && layer(target) >= own) {
            backwards.add(SOURCES.relativize(file) + " imports " + ROOT + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), backwards, "imports against the layering of ARCHITECTURE.md");
  }

  @Test
  void everyPackage_isLayeredSmallAndDocumented() throws IOException {
    String architecture = Files.readString(Path.of("..", "ARCHITECTURE.md"));
    for (Map.Entry<String, List<Path>> pkg : packages().entrySet()) {
      String name = pkg.getKey().isEmpty() ? ROOT : ROOT + "." + pkg.getKey();
      assertTrue(LAYERS.contains(pkg.getKey()), name + " is in no layer of ArchitectureTest.LAYERS");
      long files = pkg.getValue().stream().filter(f -> !f.endsWith("package-info.java")).count();
      assertTrue(files <= 20, name + " holds " + files + " files; split it by concern");
      Path info = SOURCES.resolve(pkg.getKey().replace('.', '/')).resolve("package-info.java");
      assertTrue(Files.isRegularFile(info), name + " has no package-info.java");
      assertTrue(architecture.contains("`" + (pkg.getKey().isEmpty() ? ROOT : pkg.getKey()) + "`"),
          "ARCHITECTURE.md does not name " + name);
    }
  }

  private static int layer(String pkg) {
    int i = LAYERS.indexOf(pkg);
    assertTrue(i >= 0, ROOT + "." + pkg + " is in no layer of ArchitectureTest.LAYERS");
    return i;
  }

  /** Package (relative to {@link #ROOT}, "" for the root) → its Java files. */
  private static Map<String, List<Path>> packages() throws IOException {
    Map<String, List<Path>> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
        String rel = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
        result.computeIfAbsent(rel, k -> new ArrayList<>()).add(f);
      });
    }
    return result;
  }
}
