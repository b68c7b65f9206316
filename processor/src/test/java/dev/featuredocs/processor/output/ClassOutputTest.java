package dev.featuredocs.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class output through the {@code Filer}, or after its first file directly on disk (with a docs directory). */
class ClassOutputTest {
  @TempDir
  Path classes;

  /** A Filer over {@code root} (or in memory) that records the resources it is asked to create. */
  private static final class RecordingFiler implements Filer {
    final List<String> created = new ArrayList<>();
    final Path root;

    RecordingFiler(Path root) {
      this.root = root;
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
        Element... originatingElements) {
      String relative = (pkg.length() == 0 ? "" : pkg.toString().replace('.', '/') + "/") + relativeName;
      created.add(relative);
      URI uri = root == null ? URI.create("mem:///" + relative) : root.resolve(relative).toUri();
      return new SimpleJavaFileObject(uri, JavaFileObject.Kind.OTHER) {
        @Override
        public OutputStream openOutputStream() {
          return OutputStream.nullOutputStream();
        }
      };
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void withADocsDirectoryOnlyTheFirstFileGoesThroughTheFiler() throws IOException {
    RecordingFiler filer = new RecordingFiler(classes);
    ClassOutput output = new ClassOutput(filer, true);
    output.write("", "META-INF/featuredocs/sharing.md", "# Sharing\n");
    output.write("", "META-INF/featuredocs/sharing.json", "{}\n");
    output.write("com.acme.sharing", "sharing.featuredocs.json", "{\"feature\": \"Sharing\"}\n");

    assertEquals(List.of("META-INF/featuredocs/sharing.md"), filer.created);
    assertEquals("# Sharing\n", Files.readString(classes.resolve("META-INF/featuredocs/sharing.md"), StandardCharsets.UTF_8));
    assertEquals("{}\n", Files.readString(classes.resolve("META-INF/featuredocs/sharing.json"), StandardCharsets.UTF_8));
    assertEquals("{\"feature\": \"Sharing\"}\n",
        Files.readString(classes.resolve("com/acme/sharing/sharing.featuredocs.json"), StandardCharsets.UTF_8));
  }

  @Test
  void withoutADocsDirectoryEveryFileGoesThroughTheFiler() throws IOException {
    RecordingFiler filer = new RecordingFiler(classes);
    ClassOutput output = new ClassOutput(filer, false);
    output.write("", "META-INF/featuredocs/sharing.md", "# Sharing\n");
    output.write("com.acme.sharing", "sharing.featuredocs.json", "{}\n");

    assertEquals(List.of("META-INF/featuredocs/sharing.md", "com/acme/sharing/sharing.featuredocs.json"), filer.created);
    assertEquals("{}\n", Files.readString(classes.resolve("com/acme/sharing/sharing.featuredocs.json"), StandardCharsets.UTF_8));
  }

  @Test
  void classOutputNotOnDiskKeepsTheFilerForEveryFile() throws IOException {
    RecordingFiler filer = new RecordingFiler(null);
    ClassOutput output = new ClassOutput(filer, true);
    output.write("", "META-INF/featuredocs/sharing.md", "# Sharing\n");
    output.write("", "META-INF/featuredocs/sharing.json", "{}\n");

    assertEquals(List.of("META-INF/featuredocs/sharing.md", "META-INF/featuredocs/sharing.json"), filer.created);
    assertNull(ClassOutput.rootOf(URI.create("mem:///META-INF/featuredocs/sharing.md"), "META-INF/featuredocs/sharing.md"));
    assertEquals(classes, ClassOutput.rootOf(classes.resolve("a/b.json").toUri(), "a/b.json"));
  }
}
