package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.featuredocs.processor.source.JavaParserSourceFacts;
import dev.featuredocs.processor.source.JavacTreeFacts;
import dev.featuredocs.processor.source.MethodBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Method bodies read from javac's trees say what javaparser read from the same source: the same
 * calls and created types, and at least the same statuses (javac's trees follow data flow too).
 */
class JavacTreeFactsTest {

  /** Every construct the body facts look at: status factories, constructors, references, receivers. */
  private static final JavaFileObject BODIES = JavaFileObjects.forSourceString("com.example.Bodies", """
      package com.example;

      import java.net.URI;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Supplier;
      import org.springframework.http.HttpStatus;
      import org.springframework.http.ProblemDetail;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.server.ResponseStatusException;

      public class Bodies extends Base {
        private final List<String> names = new ArrayList<>();
        private final Base helper = new Base();

        public ResponseEntity<String> created(String name) {
          names.add(name);
          this.names.add(name.strip());
          return ResponseEntity.created(URI.create("/x/" + name)).body(name);
        }

        public ResponseEntity<Void> statuses(int code) {
          if (code == 1) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).build();
          }
          if (code == 2) {
            return ResponseEntity.status(201).build();
          }
          if (code == 3) {
            return new ResponseEntity<>(HttpStatus.valueOf(204));
          }
          if (code == 4) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "gone");
          }
          ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "taken");
          return ResponseEntity.noContent().build();
        }

        public Object creations() {
          Supplier<List<String>> lists = ArrayList::new;
          Supplier<int[]> arrays = () -> new int[3];
          Object anonymous = new Object() {
            @Override
            public String toString() {
              throw new IllegalStateException(helper.name());
            }
          };
          Inner.Deeper deeper = new Inner.Deeper();
          super.name();
          helper.name();
          lists.get().stream().map(String::trim).forEach(names::add);
          return new java.util.LinkedHashMap<String, Integer>(deeper.size());
        }

        static class Inner {
          static class Deeper {
            int size() {
              throw new UnsupportedOperationException();
            }
          }
        }
      }

      class Base {
        String name() {
          return "base";
        }
      }
      """);

  @Test
  void everyMethodOfTheFixtures_hasTheSameFactsFromJavacTreesAsFromJavaparser() {
    List<String> compared = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.stubs());
    sources.addAll(Fixtures.load("sharing"));
    sources.add(BODIES);

    Compilation compilation = Compiler.javac().withProcessors(new Parity(compared, mismatches)).compile(sources);

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    assertEquals(List.of(), mismatches);
    assertTrue(compared.contains("Bodies#statuses") && compared.contains("ShareController#share")
        && compared.size() > 10, compared.toString());
  }

  /** Reads every method of every source type both ways. */
  private static final class Parity extends AbstractProcessor {
    private final List<String> compared;
    private final List<String> mismatches;
    private final JavaParserSourceFacts javaparser = new JavaParserSourceFacts();
    private final JavacTreeFacts treeFacts = new JavacTreeFacts();

    Parity(List<String> compared, List<String> mismatches) {
      this.compared = compared;
      this.mismatches = mismatches;
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
      for (Element root : round.getRootElements()) {
        if (root instanceof TypeElement type) {
          compare(type, List.of(type.getSimpleName().toString()));
        }
      }
      return false;
    }

    private void compare(TypeElement type, List<String> typePath) {
      Trees trees = Trees.instance(processingEnv);
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof TypeElement nested) {
          List<String> path = new ArrayList<>(typePath);
          path.add(nested.getSimpleName().toString());
          compare(nested, path);
        } else if (member instanceof ExecutableElement method) {
          TreePath tree = trees.getPath(method);
          if (tree == null || !(tree.getLeaf() instanceof MethodTree methodTree)) {
            continue;
          }
          Optional<MethodBody> parsed = javaparser.method(tree.getCompilationUnit().getSourceFile(), typePath,
              method.getSimpleName().toString(), method.getParameters().stream().map(p -> simpleName(p.asType())).toList());
          if (parsed.isEmpty()) {
            continue; // constructors and implicit members: javaparser does not look for them
          }
          String label = type.getSimpleName() + "#" + method.getSimpleName();
          compared.add(label);
          MethodBody fromTree = treeFacts.method(tree.getCompilationUnit(), methodTree);
          // javac's trees also follow a status through variables, helpers and branches (StatusesThroughDataFlowTest):
          // every status javaparser reads must be among them, in the same order; all other facts are equal
          List<String> parsedStatuses = parsed.get().statuses().stream().map(MethodBody.StatusCall::status).toList();
          List<String> treeStatuses = fromTree.statuses().stream().map(MethodBody.StatusCall::status).toList();
          MethodBody withoutStatuses = new MethodBody(List.of(), fromTree.createdTypes(), fromTree.calls(),
              fromTree.packageName(), fromTree.imports());
          MethodBody parsedWithout = new MethodBody(List.of(), parsed.get().createdTypes(), parsed.get().calls(),
              parsed.get().packageName(), parsed.get().imports());
          if (!parsedWithout.equals(withoutStatuses) || !treeStatuses.stream().filter(parsedStatuses::contains).toList()
              .equals(parsedStatuses)) {
            mismatches.add(label + "\n  javaparser: " + parsed.get() + "\n  javac:      " + fromTree);
          }
        }
      }
    }

    private static String simpleName(TypeMirror type) {
      if (type.getKind() == TypeKind.ARRAY) {
        return simpleName(((ArrayType) type).getComponentType()) + "[]";
      }
      return type.getKind() == TypeKind.DECLARED
          ? ((DeclaredType) type).asElement().getSimpleName().toString() : type.toString();
    }
  }
}
