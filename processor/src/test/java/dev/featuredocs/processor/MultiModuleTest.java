package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.Fragment;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feature across three modules, each its own compilation as a build runs them: {@code api} (the
 * request and response records), {@code core} (the service; {@code api} on its class path) and
 * {@code web} (the controller; both on its class path). Each writes fragments; {@code web}'s summary
 * is the whole feature.
 */
class MultiModuleTest {
  private static final String SLUG = "document-sharing";

  @TempDir Path dir;

  @Test
  void downstreamSummary_mergesTheFragmentsOfBothUpstreamModules() {
    Path api = build("api");
    Path core = build("core", jar(api));
    // api as the jar a build puts on the class path, core as a directory (an IDE's or Gradle's class output)
    Compilation web = compile("web", jar(api), core);
    assertThat(web).succeeded();
    String summary = Compilations.summary(web, SLUG);

    // Files of every module, each under its module's directory.
    String files = Summaries.section(summary, "#### New Files Created");
    assertTrue(files.contains("api/src/main/java/com/example/sharing/api/"), files);
    assertTrue(files.contains("core/src/main/java/com/example/sharing/core/"), files);
    assertTrue(files.contains("web/src/main/java/com/example/sharing/web/"), files);
    assertTrue(files.contains("ShareRequest.java"), files);
    assertTrue(files.contains("# Who to share a document with."), files);
    assertTrue(files.contains("SharingService.java"), files);
    // The request model as its own module's sources tell it: javadoc and the declaration as written,
    // which the class file web compiles against does not have.
    String request = Summaries.section(summary, "#### ShareRequest");
    assertTrue(request.contains("Who to share a document with."), request);
    assertTrue(request.contains("`api/src/main/java/com/example/sharing/api/ShareRequest.java`"), request);
    assertTrue(request.contains("the recipient's e-mail address"), request);
    assertTrue(request.contains("@NotBlank @Email String recipient"), request);
    // The service and its rule from core, the rule on a model from api, numbered feature-wide.
    String logic = Summaries.section(summary, "### Business Logic");
    assertTrue(logic.contains("SharingService"), logic);
    assertTrue(logic.contains("`core/src/main/java/com/example/sharing/core/SharingService.java`"), logic);
    assertTrue(logic.contains("1. **BR-SHARE-1**"), logic);
    assertTrue(logic.contains("2. **BR-SHARE-API**"), logic);
    // A phase planned in web and delivered in core and web.
    String phases = Summaries.section(summary, "### Phase Breakdown");
    assertTrue(phases.contains("SharingService#share(...)"), phases);
    assertTrue(phases.contains("ShareController"), phases);
    // The endpoint is web's own.
    assertEquals(List.of("POST /api/documents/{documentId}/shares"), Summaries.endpointHeadings(summary));
    // The flow crosses modules: web's controller injects core's service.
    assertTrue(summary.contains("Flow: `ShareController` → `SharingService`."), summary);
    // The upstream models' javadoc comes with their fragments, so the Documentation criterion counts it
    // (web's own compile sees only class files, which carry no javadoc).
    assertTrue(summary.contains("- [x] **Documentation**: 1/1 endpoints and 2/2 models have javadoc"), summary);
    assertTrue(web.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("no javadoc")),
        web.diagnostics().toString());
  }

  @Test
  void withoutTheFragments_theUpstreamTypesAreOnlyClassFiles() throws IOException {
    Path api = build("api");
    Path core = build("core", api);
    deleteFragments(api);
    deleteFragments(core);

    String summary = Compilations.summary(compile("web", api, core), SLUG);

    String request = Summaries.section(summary, "#### ShareRequest");
    assertFalse(request.contains("Who to share a document with."), request);
    assertTrue(request.contains("_from a class file_"), request);
    assertFalse(summary.contains("BR-SHARE-1"), summary);
    // Without fragments nothing says the class files' models were documented.
    assertTrue(summary.contains("- [ ] **Documentation**: 1/1 endpoints and 0/2 models have javadoc"), summary);
  }

  @Test
  void eachModuleWritesFragmentsOfItsOwnTypesOnly() {
    Path api = build("api");
    Path core = build("core", api);

    Fragment fragment = ModelJson.read(DiskCompiler.read(
        core.resolve("com/example/sharing/core/" + SLUG + ".featuredocs.json")), Fragment.class);

    assertEquals("core", fragment.module());
    assertEquals("src/main/java", fragment.sourceRoot());
    assertEquals(List.of("com.example.sharing.core"), fragment.packages());
    assertEquals(List.of("com.example.sharing.core.SharingService"), fragment.types());
    assertEquals(List.of("SharingService"), fragment.facts().components().stream().map(c -> c.name()).toList());
    assertFalse(Files.exists(core.resolve("com/example/sharing/api/" + SLUG + ".featuredocs.json")));
  }

  @Test
  void anAttributeDeclaredDifferentlyInTwoModules_isAWarningNamingBoth() {
    Path api = build("api");
    Path core = build("core", api);

    Compilation web = compile("web", api, core);

    assertThat(web).hadWarningContaining("[FD107] owner of feature \"Document Sharing\" (kept from this module):"
        + " \"Docs team\" here, but \"Core team\" in the fragment ")
        .inFile(source("web", "com/example/sharing/web/package-info.java"))
        .onLineContaining("package com.example.sharing.web;");
    String warning = Compilations.messages(web, Diagnostic.Kind.WARNING).stream()
        .filter(m -> m.startsWith("[FD107]")).findFirst().orElseThrow();
    assertTrue(warning.contains("/core/com/example/sharing/core/document-sharing.featuredocs.json"), warning);
    assertTrue(Compilations.summary(web, SLUG).contains("Docs team"));
  }

  @Test
  void anUnreadableFragment_isAWarningAndIgnored() throws IOException {
    Path api = build("api");
    Path fragment = api.resolve("com/example/sharing/api/" + SLUG + ".featuredocs.json");
    Files.writeString(fragment, "{\"feature\": \"Document Sharing\", \"types\": 3}");
    Path core = build("core", api);

    Compilation web = compile("web", api, core);

    assertThat(web).succeeded();
    assertThat(web).hadWarningContaining("[FD713] the feature fragment ");
    String warning = Compilations.messages(web, Diagnostic.Kind.WARNING).stream()
        .filter(m -> m.startsWith("[FD713]")).findFirst().orElseThrow();
    assertTrue(warning.contains("/api/com/example/sharing/api/document-sharing.featuredocs.json cannot be read"), warning);
    String request = Summaries.section(Compilations.summary(web, SLUG), "#### ShareRequest");
    assertTrue(request.contains("_from a class file_"), request);
  }

  /** Compiles module {@code module} and writes its class output to a directory, as its jar. */
  private Path build(String module, Path... classpath) {
    Compilation compilation = compile(module, classpath);
    assertThat(compilation).succeeded();
    Path out = dir.resolve(module);
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      Path target = out.resolve(relative);
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The module's class output packed as a jar, as {@code mvn package} leaves it for the next module. */
  private static Path jar(Path classes) {
    Path jar = classes.resolveSibling(classes.getFileName() + ".jar");
    if (Files.exists(jar)) {
      return jar;
    }
    try (Stream<Path> files = Files.walk(classes);
        java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : files.sorted().toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
        if (name.isEmpty()) {
          continue;
        }
        out.putNextEntry(new java.util.jar.JarEntry(Files.isDirectory(file) ? name + "/" : name));
        if (!Files.isDirectory(file)) {
          Files.copy(file, out);
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  private static Compilation compile(String module, Path... upstream) {
    List<File> classpath = new ArrayList<>();
    for (Path path : upstream) {
      classpath.add(path.toFile());
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return Compilations.withoutInternalError(Compiler.javac().withProcessors(new FeatureDocsProcessor())
        .withClasspath(classpath).compile(sources(module)));
  }

  private static List<JavaFileObject> sources(String module) {
    Path root = Fixtures.root("modules/" + module);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().map(MultiModuleTest::source).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(String module, String path) {
    return source(Fixtures.root("modules/" + module).resolve("src/main/java").resolve(path));
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteFragments(Path module) throws IOException {
    try (Stream<Path> files = Files.walk(module)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".featuredocs.json")).toList()) {
        Files.delete(file);
      }
    }
  }
}
