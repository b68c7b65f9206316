package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in the docs directory: their modes, temp files left by a killed compile, symbolic links, orphans. */
class DocsFilesTest {
  @TempDir Path dir;

  private Path docs() {
    return dir.resolve("docs");
  }

  private Compilation write() {
    return Compilations.compileSharing("-Afeaturedocs.dir=" + docs());
  }

  private Compilation verify() {
    return Compilations.compileSharing("-Afeaturedocs.dir=" + docs(), "-Afeaturedocs.mode=verify");
  }

  /** What a file created in {@code folder} gets from the umask. */
  private static String umaskMode(Path folder) throws Exception {
    Path probe = Files.createFile(folder.resolve("probe"));
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
    } finally {
      Files.delete(probe);
    }
  }

  @Test
  void newFiles_getTheUmaskMode_notOwnerOnly() throws Exception {
    write();

    String expected = umaskMode(docs());
    assertEquals("rw-r--r--", expected, "the build's umask is 022");
    assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(docs().resolve("document-sharing.md"))));
    assertEquals(expected, PosixFilePermissions.toString(
        Files.getPosixFilePermissions(docs().resolve("schemas/ShareRequest.schema.json"))));
  }

  @Test
  void rewrittenFile_keepsItsMode() throws Exception {
    write();
    Path summary = docs().resolve("document-sharing.md");
    Files.writeString(summary, Files.readString(summary).replace("# Document Sharing", "# Old title"));
    Files.setPosixFilePermissions(summary, PosixFilePermissions.fromString("rw-rw-r--"));

    write();

    assertTrue(Files.readString(summary).startsWith("# Document Sharing"), "rewritten");
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(summary)));
  }

  @Test
  void staleTempFilesOfAKilledCompile_areDeletedAtTheNextRun() throws Exception {
    Files.createDirectories(docs().resolve("schemas"));
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    List<Path> stale = List.of(docs().resolve(".document-sharing.md8123456789012345678.tmp"),
        docs().resolve("schemas/.ShareRequest.schema.json42.tmp"),
        docs().resolve(".billing.md.featuredocs-1234.tmp"));
    for (Path file : stale) {
      Files.writeString(file, "half a summary");
      Files.setLastModifiedTime(file, old);
    }
    Path fresh = Files.writeString(docs().resolve(".billing.md.featuredocs-99.tmp"), "another compile's, now");
    Path notOurs = Files.writeString(docs().resolve(".notes.tmp"), "someone's");
    Files.setLastModifiedTime(notOurs, old);

    Compilation compilation = write();

    assertThat(compilation).succeeded();
    stale.forEach(file -> assertFalse(Files.exists(file), file + " is deleted"));
    assertTrue(Files.exists(fresh), "a temp file of a compile running now is left alone");
    assertTrue(Files.exists(notOurs), "a file of another naming pattern is left alone");
  }

  @Test
  void schemasFolderLinkedOutsideTheDocsDirectory_isAnErrorAndNothingIsWrittenThere() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createDirectories(docs());
    Files.createSymbolicLink(docs().resolve("schemas"), outside);

    Compilation compilation = write();

    assertThat(compilation).hadErrorContaining("[FD714] " + docs().resolve("schemas/ShareRequest.schema.json")
        + " is outside the docs directory " + docs() + ": it resolves to " + outside.resolve("ShareRequest.schema.json")
        + " (through a symbolic link). featuredocs writes only inside the docs directory: replace the link by a folder."
        + " Nothing was written there");
    try (Stream<Path> files = Files.list(outside)) {
      assertEquals(List.of(), files.toList());
    }
    assertTrue(Files.exists(docs().resolve("document-sharing.md")), "the summary, inside, is written");
  }

  @Test
  void docsDirectoryThatIsItselfALink_isFine() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real-docs"));
    Files.createSymbolicLink(docs(), real);

    Compilation compilation = write();

    assertThat(compilation).succeeded();
    assertTrue(Files.exists(real.resolve("schemas/ShareRequest.schema.json")));
  }

  @Test
  void orphanedSchemaFile_isAWarningInWriteMode() throws Exception {
    write();
    Path gone = Files.writeString(docs().resolve("schemas/Gone.schema.json"), "{}\n");

    Compilation compilation = write();

    assertThat(compilation).hadWarningContaining("[FD715] " + gone + " is a featuredocs schema file, but no model of"
        + " this compilation generates it (renamed or removed?): if its model is gone, delete it: git rm " + gone);
    assertTrue(Files.exists(gone), "never deleted");
  }

  @Test
  void orphanedSchemaFile_isAnErrorInVerifyMode() throws Exception {
    write();
    Path gone = Files.writeString(docs().resolve("schemas/Gone.schema.json"), "{}\n");

    Compilation compilation = verify();

    assertThat(compilation).hadErrorContaining("[FD716] " + gone + " is a featuredocs schema file, but no model of"
        + " this compilation generates it (renamed or removed?). Delete it and commit: git rm " + gone);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void featureWithAnInvalidCatalogName_getsNoSummary() throws Exception {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.billing.Billing", """
        package com.billing;

        /** Bills. */
        @dev.featuredocs.annotations.Feature(value = "Billing", catalog = "1Billing")
        public class Billing {}
        """);

    Compilation compilation = Compilations.compile(List.of(billing), "-Afeaturedocs.dir=" + docs());

    assertThat(compilation).hadErrorContaining("[FD106]");
    assertFalse(Files.exists(docs().resolve("billing.md")), "a feature with an error gets no file");
  }

  @Test
  void featureWhoseCatalogClashes_getsNoSummary() throws Exception {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.billing.Billing", """
        package com.billing;

        /** Bills. */
        @dev.featuredocs.annotations.Feature("Billing")
        public class Billing {}
        """);
    JavaFileObject taken = JavaFileObjects.forSourceString("com.billing.BillingFeature", """
        package com.billing;

        public class BillingFeature {}
        """);

    Compilation compilation = Compilations.compile(List.of(billing, taken), "-Afeaturedocs.dir=" + docs());

    assertThat(compilation).hadErrorContaining("[FD105]");
    assertFalse(Files.exists(docs().resolve("billing.md")), "a feature with an error gets no file");
  }

  static List<String> names(Path folder) throws Exception {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    return names.stream().sorted().toList();
  }
}
