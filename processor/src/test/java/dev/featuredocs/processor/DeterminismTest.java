package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Same sources ⇒ byte-identical output, whatever order the build tool hands the files to javac. */
class DeterminismTest {

  @Test
  void twoCompilationsInDifferentFileOrder_writeIdenticalBytes() {
    List<JavaFileObject> forward = Fixtures.load("sharing");
    List<JavaFileObject> backward = new ArrayList<>(forward);
    Collections.reverse(backward);

    Compilation first = Compilations.compile(forward);
    Compilation second = Compilations.compile(backward);

    assertEquals(Compilations.summary(first, "document-sharing"), Compilations.summary(second, "document-sharing"));
    assertEquals(Compilations.output(first, "document-sharing.json").orElseThrow(),
        Compilations.output(second, "document-sharing.json").orElseThrow());
  }
}
