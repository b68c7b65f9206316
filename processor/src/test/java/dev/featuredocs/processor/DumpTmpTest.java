package dev.featuredocs.processor;

import org.junit.jupiter.api.Test;

class DumpTmpTest {
  @Test
  void dump() throws Exception {
    var c = Compilations.compile(Fixtures.load("persistence"));
    c.diagnostics().forEach(d -> System.out.println("DIAG " + d));
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/fd6a/library.md"), Compilations.summary(c, "library-loans"));
    var c2 = Compilations.compile(Fixtures.load("persistence"), "-Afeaturedocs.jpaNaming=jpa");
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/fd6a/library-jpa.md"), Compilations.summary(c2, "library-loans"));
  }
}
