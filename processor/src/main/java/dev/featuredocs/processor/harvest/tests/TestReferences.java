package dev.featuredocs.processor.harvest.tests;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The types a test class's source names: in its fields, signatures, bodies and annotations
 * ({@code @Verifies(DocumentSharingFeature.Rules.BR_SHARE_1)} names the catalog). Read from
 * javac's trees of that one class, so the cost is the size of the tests; under a compiler without
 * trees it knows nothing, and tests join features only by {@code @Feature} and {@code @Verifies}.
 */
final class TestReferences {
  private final Trees trees;

  private TestReferences(Trees trees) {
    this.trees = trees;
  }

  static TestReferences of(ProcessingEnvironment env) {
    try {
      return new TestReferences(Trees.instance(env));
    } catch (RuntimeException | LinkageError notJavac) {
      return new TestReferences(null);
    }
  }

  /** The top-level and nested types named in {@code type}'s source, with the types enclosing each. */
  Set<TypeElement> of(TypeElement type) {
    Set<TypeElement> found = new LinkedHashSet<>();
    if (trees == null) {
      return found;
    }
    TreePath path = trees.getPath(type);
    if (path == null) {
      return found;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        add(getCurrentPath());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        add(getCurrentPath());
        return super.visitMemberSelect(node, unused);
      }

      private void add(TreePath at) {
        Element element = trees.getElement(at);
        for (Element e = element; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
          if (e instanceof TypeElement t && !t.equals(type)) {
            found.add(t);
          }
        }
      }
    }.scan(path, null);
    return found;
  }

}
