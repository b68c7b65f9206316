package dev.featuredocs.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Source trees under {@code src/test/resources/fixtures/}, as javac input. */
final class Fixtures {
  private Fixtures() {}

  /** Every {@code .java} file of the fixture, in path order, named after its path. */
  static List<JavaFileObject> load(String fixture) {
    Path root = root(fixture);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(f -> source(root, f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture with the text of one file ({@code path} relative to its root) edited: the code changed. */
  static List<JavaFileObject> load(String fixture, String path, UnaryOperator<String> edit) {
    Path root = root(fixture);
    Path edited = root.resolve(path);
    if (!Files.isRegularFile(edited)) {
      throw new IllegalArgumentException("no " + path + " in fixture " + fixture);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(f -> f.equals(edited) ? source(root, f, edit) : source(root, f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stand-ins for annotations whose jars the tests do not depend on (swagger's @ApiResponse, JAX-RS 2's
   * javax.ws.rs); Spring, Jakarta REST, Bean Validation and JPA come as real jars on the test classpath.
   */
  static List<JavaFileObject> stubs() {
    return load("stubs");
  }

  private static JavaFileObject source(Path root, Path file) {
    return source(root, file, UnaryOperator.identity());
  }

  private static JavaFileObject source(Path root, Path file, UnaryOperator<String> edit) {
    String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.');
    try {
      return JavaFileObjects.forSourceString(name, edit.apply(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root(String fixture) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + fixture).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
