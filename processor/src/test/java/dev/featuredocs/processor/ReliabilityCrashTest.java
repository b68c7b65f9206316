package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that used to overflow the stack (internal error FD901) now documents, or is a documented message. */
class ReliabilityCrashTest {
  @TempDir Path dir;

  @Test
  void genericModelThatExpandsItself_isDocumentedOnce() {
    JavaFileObject env = JavaFileObjects.forSourceString("com.env.Env", """
        package com.env;

        /** A payload, wrapped again and again. */
        public class Env<T> {
          public T payload;
          public Env<Env<T>> wrapped;
        }
        """);
    JavaFileObject api = JavaFileObjects.forSourceString("com.env.Api", """
        package com.env;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Envelopes")
        @RestController
        public class Api {
          @PostMapping("/env")
          public Env<String> echo(@RequestBody Env<String> body) { return body; }
        }
        """);

    Compilation compilation = Compilations.compile(List.of(env, api));

    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "envelopes");
    assertTrue(summary.contains("| `payload` | `String` |"), summary);
    assertTrue(summary.contains("| `wrapped` | `Env<Env<String>>` |"), summary);
  }

  @Test
  void deeplyNestedFragmentOnTheClassPath_isWarningFD713() throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("com/deep"));
    Files.writeString(classes.resolve("com/deep/deep.featuredocs.json"), "{\"feature\":" + "[".repeat(10_000));
    JavaFileObject deep = JavaFileObjects.forSourceString("com.deep.Deep", """
        package com.deep;

        /** Deep. */
        @dev.featuredocs.annotations.Feature("Deep")
        public class Deep {}
        """);

    Compilation compilation = Compilations.compileWithClasspath(classes, List.of(deep));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[FD713] the feature fragment ");
    assertThat(compilation).hadWarningContaining("deep.featuredocs.json cannot be read (nested deeper than 256 levels"
        + " at line 1, column 267): it is ignored");
  }

  @Test
  void templateWithEndlessMacroRecursion_isErrorFD601NamingTheTemplate() throws Exception {
    Path template = dir.resolve("loop.ftl");
    Files.writeString(template, "<#macro again>x<@again/></#macro>\n# ${feature.name}\n<@again/>\n");
    Path docs = dir.resolve("docs");

    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.template=" + template,
        "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).hadErrorContaining("[FD601] summary of feature \"Document Sharing\" could not be rendered"
        + " with template loop.ftl: loop.ftl (or a template it includes): macro or function calls nest without end"
        + " (StackOverflowError)");
    assertThat(compilation).hadErrorCount(1);
    assertFalse(Files.exists(docs.resolve("document-sharing.md")));
  }

  @Test
  void templateError_namesTheTemplateAndLine() throws Exception {
    Path template = dir.resolve("bad.ftl");
    Files.writeString(template, "# ${feature.name}\n\n${feature.nonsense}\n");

    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.template=" + template);

    assertThat(compilation).hadErrorContaining("[FD601] summary of feature \"Document Sharing\" could not be rendered"
        + " with template bad.ftl: bad.ftl line 3: The following has evaluated to null or missing:");
  }
}
