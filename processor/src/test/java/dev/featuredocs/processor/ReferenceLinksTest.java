package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Feature(prp/prd)} paths are relative to the repository root, as the README's example
 * writes them, and the summary links to them from its own folder.
 */
class ReferenceLinksTest {
  @TempDir Path repo;

  private Path docs() {
    return repo.resolve("docs/features");
  }

  @BeforeEach
  void checkout() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(docs());
  }

  private static JavaFileObject feature(String prp, String prd) {
    return JavaFileObjects.forSourceString("com.example.sharing.package-info", """
        @Feature(value = "Document Sharing",
            prp = "%s",
            prd = "%s")
        package com.example.sharing;

        import dev.featuredocs.annotations.Feature;
        """.formatted(prp, prd));
  }

  private static final JavaFileObject SERVICE = JavaFileObjects.forSourceString("com.example.sharing.ShareService", """
      package com.example.sharing;

      public class ShareService {
        public void share() {}
      }
      """);

  private Compilation compile(List<JavaFileObject> sources, String... extra) {
    List<String> options = new java.util.ArrayList<>(List.of("-Afeaturedocs.dir=" + docs()));
    options.addAll(List.of(extra));
    return Compilations.compile(sources, options.toArray(String[]::new));
  }

  private String header() throws Exception {
    return Files.readString(docs().resolve("document-sharing.md")).lines()
        .filter(l -> l.startsWith("**PRP Reference**") || l.startsWith("**PRD Reference**"))
        .collect(Collectors.joining("\n"));
  }

  private void create(String path) throws Exception {
    Files.createDirectories(repo.resolve(path).getParent());
    Files.writeString(repo.resolve(path), "# doc\n");
  }

  @Test
  void repositoryRelativePaths_areLinkedFromTheSummarysFolder() throws Exception {
    create("docs/PRPs/document-sharing-backend-prp.md");
    create("docs/PRDs/sharing.md");

    Compilation compilation = compile(List.of(
        feature("docs/PRPs/document-sharing-backend-prp.md", "docs/PRDs/sharing.md#sharing"), SERVICE));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("""
        **PRP Reference**: [docs/PRPs/document-sharing-backend-prp.md](../PRPs/document-sharing-backend-prp.md)\s\s
        **PRD Reference**: [docs/PRDs/sharing.md#sharing](../PRDs/sharing.md#sharing)\s\s""", header());
  }

  @Test
  void aLeadingSlashAndAWebUrl_areLinkedFromTheRootAndAsGiven() throws Exception {
    create("PRP.md");

    Compilation compilation = compile(List.of(feature("/PRP.md", "https://wiki.example.com/prd?id=7"), SERVICE));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("""
        **PRP Reference**: [/PRP.md](../../PRP.md)\s\s
        **PRD Reference**: [https://wiki.example.com/prd?id=7](https://wiki.example.com/prd?id=7)\s\s""", header());
  }

  @Test
  void aMissingTarget_isAWarningOnTheAttributeNamingThePathLookedUp() throws Exception {
    create("docs/PRDs/sharing.md");
    JavaFileObject feature = feature("docs/PRPs/missing.md", "docs/PRDs/sharing.md");

    Compilation compilation = compile(List.of(feature, SERVICE));

    assertThat(compilation).succeeded();
    Path looked = repo.resolve("docs/PRPs/missing.md");
    assertThat(compilation).hadWarningContaining(
            Message.REFERENCE_MISSING.format("prp", "docs/PRPs/missing.md", looked, repo))
        .inFile(feature).onLineContaining("prp = ");
    assertEquals(1, compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count(),
        compilation.diagnostics().toString());
    assertTrue(header().startsWith("**PRP Reference**: [docs/PRPs/missing.md](../PRPs/missing.md)"), header());
  }

  @Test
  void theRootOption_replacesTheGitLookup() throws Exception {
    Path root = Files.createDirectories(repo.resolve("module"));
    Files.createDirectories(root.resolve("plans"));
    Files.writeString(root.resolve("plans/prp.md"), "# prp\n");
    Files.writeString(root.resolve("plans/prd.md"), "# prd\n");

    Compilation compilation = compile(List.of(feature("plans/prp.md", "plans/prd.md"), SERVICE),
        "-Afeaturedocs.root=" + root);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("""
        **PRP Reference**: [plans/prp.md](../../module/plans/prp.md)\s\s
        **PRD Reference**: [plans/prd.md](../../module/plans/prd.md)\s\s""", header());
  }

  @Test
  void aRelativeRootOption_isAnErrorOnTheOption() {
    Compilation compilation = compile(List.of(feature("a.md", "b.md"), SERVICE), "-Afeaturedocs.root=relative/dir");

    assertThat(compilation).hadErrorContaining(Message.OPTION_INVALID.format("featuredocs.root", "relative/dir",
        "give the absolute path of the repository root, e.g. ${maven.multiModuleProjectDirectory}"));
  }

  @Test
  void aPartialCompile_linksTheSame() throws Exception {
    create("docs/PRPs/p.md");
    create("docs/PRDs/d.md");
    JavaFileObject feature = feature("docs/PRPs/p.md", "docs/PRDs/d.md");
    Path classes = repo.resolve("classes");
    DiskCompiler.Result full = DiskCompiler.compile(classes, List.of(feature, SERVICE), "-Afeaturedocs.dir=" + docs());
    assertTrue(full.success(), full.diagnostics().toString());
    String clean = Files.readString(docs().resolve("document-sharing.md"));
    assertTrue(clean.contains("[docs/PRPs/p.md](../PRPs/p.md)"), clean);

    DiskCompiler.Result partial = DiskCompiler.compile(classes, List.of(SERVICE), "-Afeaturedocs.dir=" + docs());

    assertTrue(partial.success(), partial.diagnostics().toString());
    assertEquals(clean, Files.readString(docs().resolve("document-sharing.md")));
  }
}
