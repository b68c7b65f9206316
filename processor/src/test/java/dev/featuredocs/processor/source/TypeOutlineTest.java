package dev.featuredocs.processor.source;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.Test;

/**
 * The declaration javaparser prints from a type's outline is the one it prints from the whole file,
 * for every kind of type and the constructs that could end a cut early or late: braces and
 * semicolons in comments, strings, text blocks, annotation values, lambdas and anonymous classes,
 * array initializers, several declarators in one field, enum constants with arguments and bodies.
 */
class TypeOutlineTest {
  private static final String TRICKY = """
      package p;

      import java.util.List;
      import java.util.function.Supplier;

      /** A class; { and ; in javadoc. */
      @Deprecated(since = "1;{")
      public class Tricky<T extends Comparable<? super T>> implements java.io.Serializable {
        // a comment with { and ;
        static final String CONSTANT = "static; {";
        /* block { ; */ private int a, b = 2;
        private final String text = \"""
            text; block { with "quotes" and \\\""" inside
            \""";
        private final char brace = '{';
        private final char quote = '\\'';
        private int[] numbers = {1, 2, 3};
        private final Supplier<String> lambda = () -> { String s = "x;"; return s; };
        private final Runnable anonymous = new Runnable() {
          @Override
          public void run() {
            System.out.println("};");
          }
        };
        @SuppressWarnings({"unchecked", "rawtypes"}) private List<T> items;
        private List<List<? extends Number>> deep;

        Tricky() {
          this.items = null;
        }

        { numbers[0] = 4; }

        public int a() {
          return a;
        }

        /** A nested record with a compact constructor. */
        @SuppressWarnings({"x", "y"})
        public record Inner(@Deprecated int x, List<String> names) implements Comparable<Inner> {
          static final int MAX = 3;
          public Inner {
            names = List.copyOf(names);
          }

          public int compareTo(Inner other) {
            return Integer.compare(x, other.x);
          }
        }

        enum Level {
          LOW("l;", 1) {
            @Override
            int weight() {
              return 1;
            }
          },
          HIGH("h{", 2),
          NONE;

          static final Level DEFAULT = LOW;
          private final String code;
          final int rank;

          Level() {
            this("", 0);
          }

          Level(String code, int rank) {
            this.code = code;
            this.rank = rank;
          }

          int weight() {
            return rank;
          }
        }

        enum Empty { }

        enum OnlyFields {
          ;
          private int x;
        }

        interface Limits {
          int MAX = 10;
          static int MIN = 1;
        }

        sealed interface Shape permits Circle {}

        record Circle(double r) implements Shape {}
      }
      """;

  @Test
  void outline_printsTheSameDeclarationAsTheWholeFile() {
    Map<String, String[]> printed = new LinkedHashMap<>();
    Compilation compilation = javac()
        .withProcessors(new Printer(printed))
        .compile(JavaFileObjects.forSourceString("p.Tricky", TRICKY));

    assertThat(compilation).succeeded();
    assertEquals(List.of("p.Tricky", "p.Tricky.Circle", "p.Tricky.Empty", "p.Tricky.Inner", "p.Tricky.Level",
        "p.Tricky.Limits", "p.Tricky.OnlyFields", "p.Tricky.Shape"), List.copyOf(printed.keySet()));
    printed.forEach((type, both) -> assertEquals(both[0], both[1], type + ": outline:\n" + both[2]));
    assertTrue(printed.get("p.Tricky")[1].contains("private final Supplier<String> lambda"),
        printed.get("p.Tricky")[1]);
    assertTrue(printed.get("p.Tricky.Level")[1].contains("LOW(\"l;\", 1), HIGH(\"h{\", 2), NONE"),
        printed.get("p.Tricky.Level")[1]);
  }

  @Test
  void malformedText_hasNoOutline() {
    assertEquals(Optional.empty(), TypeOutline.of("class A extends B", 0, false, List.of()));
    assertEquals(Optional.empty(), TypeOutline.of("class A { int x = 1", 0, false,
        List.of(new TypeOutline.Member(10, false))));
    assertEquals(Optional.empty(), TypeOutline.of("", 0, false, List.of()));
    assertEquals(Optional.empty(), TypeOutline.of("class A { int x; }", 0, false,
        List.of(new TypeOutline.Member(-1, false))), "a member javac gives no position");
    assertEquals(Optional.of("class A {\nint x;\n}\n"), TypeOutline.of("class A { int x; }", 0, false,
        List.of(new TypeOutline.Member(10, false))));
  }

  /** For every type of the round: [whole file, outline, the outline's text]. */
  private static final class Printer extends AbstractProcessor {
    private final Map<String, String[]> printed;

    Printer(Map<String, String[]> printed) {
      this.printed = printed;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      SourcePaths sources = SourcePaths.of(processingEnv);
      JavaParserSourceFacts facts = new JavaParserSourceFacts();
      List<TypeElement> types = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
      for (int i = 0; i < types.size(); i++) {
        types.addAll(ElementFilter.typesIn(types.get(i).getEnclosedElements()));
      }
      types.sort(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()));
      for (TypeElement type : types) {
        String outline = sources.outline(type).orElse("(none)");
        String whole = sources.sourceFile(type).flatMap(f -> facts.type(f, path(type)))
            .map(TypeOutlineTest::text).orElse("(no whole-file declaration)");
        String cut = facts.outline(outline).map(TypeOutlineTest::text).orElse("(outline does not parse)");
        printed.put(type.getQualifiedName().toString(), new String[] {whole, cut, outline});
      }
      return false;
    }

    private static List<String> path(TypeElement type) {
      List<String> path = new ArrayList<>();
      for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
        path.add(0, t.getSimpleName().toString());
      }
      return path;
    }
  }

  private static String text(TypeSource source) {
    return source.declaration() + "\n" + new java.util.TreeMap<>(source.initializers());
  }
}
