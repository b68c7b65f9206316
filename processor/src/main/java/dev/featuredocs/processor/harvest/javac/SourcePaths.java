package dev.featuredocs.processor.harvest.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.net.URI;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Where an element's source file is. Uses javac's tree API when it is there; under another
 * compiler it falls back to javac's naming convention and says it cannot tell whether a type
 * comes from source ({@link #NONE}-style degradation, as STYLE.md asks).
 */
public interface SourcePaths {

  /** The source file's path relative to its source root ({@code com/example/Foo.java}), if the element comes from source. */
  Optional<String> relativePath(Element element);

  /** The compilation unit's file, for reading what the element model lacks; empty for class files. */
  Optional<JavaFileObject> sourceFile(Element element);

  /** The source root as a short, machine-independent label, e.g. {@code src/main/java}; empty when unknown. */
  String rootLabel(Element element);

  /**
   * The method as the compiler parsed it, with its compilation unit, for reading its body without
   * parsing the file again; empty for class files and where the compiler offers no trees.
   */
  default Optional<MethodSource> method(ExecutableElement method) {
    return Optional.empty();
  }

  /**
   * The non-static imports of the element's compilation unit as written ({@code com.example.Foo},
   * {@code com.example.*}), read from the compiler's tree; empty where there is none.
   */
  default java.util.List<String> imports(Element element) {
    return java.util.List.of();
  }

  /**
   * The type's declaration cut down to its header, enum constants and non-static fields as written
   * ({@link dev.featuredocs.processor.source.TypeOutline}), from the compiler's tree and the file's
   * text, for javaparser to parse instead of the whole file; empty for class files and where the
   * compiler offers no trees.
   */
  default Optional<String> outline(javax.lang.model.element.TypeElement type) {
    return Optional.empty();
  }

  /**
   * The type's declaration as the compiler parsed it, for reading its constants and helpers; empty
   * for class files and where the compiler offers no trees.
   */
  default Optional<com.sun.source.tree.ClassTree> typeTree(TypeElement type) {
    return Optional.empty();
  }

  /**
   * A method's compilation unit (for the package and imports its names resolve against) and its
   * tree; no tree for members the compiler implies, such as a record's accessors: they have no body.
   */
  record MethodSource(CompilationUnitTree unit, Optional<MethodTree> tree) {}

  /** javac's file locations where javac runs, the naming convention elsewhere. */
  static SourcePaths of(ProcessingEnvironment env) {
    try {
      return new JavacSourcePaths(Trees.instance(env), env.getElementUtils());
    } catch (RuntimeException | LinkageError notJavac) {
      return new ConventionalSourcePaths(env.getElementUtils());
    }
  }

  /**
   * javac: the compilation unit's own file. Looked up once per top-level type or package and cached:
   * {@code Trees.getPath} scans the compilation unit from its start to the element and throws an
   * {@code Error} to stop the scan, which made this the hottest spot of the harvest when it ran
   * for every member (a 5,000-file benchmark called it 100,000 times).
   */
  final class JavacSourcePaths implements SourcePaths {
    private final Trees trees;
    private final Elements elements;
    private final java.util.Map<Element, Optional<CompilationUnitTree>> units = new java.util.HashMap<>();
    /** The text of the files outlines were cut from; several models may share a file. */
    private final java.util.Map<CompilationUnitTree, CharSequence> texts = new java.util.IdentityHashMap<>();

    JavacSourcePaths(Trees trees, Elements elements) {
      this.trees = trees;
      this.elements = elements;
    }

    /** Imports by compilation unit: asked for every type the integration harvest meets. */
    private final java.util.Map<CompilationUnitTree, java.util.List<String>> imports = new java.util.IdentityHashMap<>();
    /** Paths by top-level type or package: asked for every member the harvest meets. */
    private final java.util.Map<CompilationUnitTree, String> paths = new java.util.IdentityHashMap<>();

    @Override
    public Optional<String> relativePath(Element element) {
      return unit(element).map(unit -> paths.computeIfAbsent(unit, u -> {
        String packagePath = elements.getPackageOf(element).getQualifiedName().toString().replace('.', '/');
        String fileName = fileName(u.getSourceFile().toUri());
        return packagePath.isEmpty() ? fileName : packagePath + "/" + fileName;
      }));
    }

    @Override
    public Optional<JavaFileObject> sourceFile(Element element) {
      return unit(element).map(CompilationUnitTree::getSourceFile);
    }

    @Override
    public Optional<MethodSource> method(ExecutableElement method) {
      return unit(method).map(unit -> new MethodSource(unit, Optional.ofNullable(methodTree(unit, method))));
    }

    /**
     * Method trees by their type, read off the type's members once: {@code Trees.getTree(method)}
     * scans the type's whole tree, bodies included, for each method (quadratic in a long class:
     * 2 % of the processor's time went there for the persistence harvest alone).
     */
    private final java.util.Map<Element, java.util.Map<Element, com.sun.source.tree.MethodTree>> methodTrees =
        new java.util.HashMap<>();

    private com.sun.source.tree.MethodTree methodTree(CompilationUnitTree unit, ExecutableElement method) {
      java.util.Map<Element, com.sun.source.tree.MethodTree> byElement =
          methodTrees.computeIfAbsent(method.getEnclosingElement(), type -> {
            java.util.Map<Element, com.sun.source.tree.MethodTree> found = new java.util.HashMap<>();
            com.sun.source.tree.Tree tree = type instanceof javax.lang.model.element.TypeElement ? trees.getTree(type) : null;
            if (tree instanceof com.sun.source.tree.ClassTree classTree) {
              TreePath unitPath = new TreePath(unit);
              for (com.sun.source.tree.Tree member : classTree.getMembers()) {
                if (member instanceof com.sun.source.tree.MethodTree methodTree) {
                  Element element = trees.getElement(new TreePath(unitPath, member));
                  if (element != null) {
                    found.put(element, methodTree);
                  }
                }
              }
            }
            return found;
          });
      com.sun.source.tree.MethodTree tree = byElement.get(method);
      return tree != null ? tree : trees.getTree(method); // not among its type's members as written: javac's own lookup
    }

    @Override
    public Optional<com.sun.source.tree.ClassTree> typeTree(TypeElement type) {
      return unit(type).map(unit -> trees.getTree(type));
    }

    @Override
    public java.util.List<String> imports(Element element) {
      return unit(element).map(unit -> imports.computeIfAbsent(unit, u -> {
        java.util.List<String> result = new java.util.ArrayList<>();
        for (com.sun.source.tree.ImportTree i : u.getImports()) {
          if (!i.isStatic()) {
            result.add(i.getQualifiedIdentifier().toString());
          }
        }
        return java.util.List.copyOf(result);
      })).orElse(java.util.List.of());
    }

    @Override
    public String rootLabel(Element element) {
      return unit(element).map(unit -> {
        String path = unit.getSourceFile().toUri().getPath();
        if (path == null) {
          return "";
        }
        String packagePath = elements.getPackageOf(element).getQualifiedName().toString().replace('.', '/');
        String dir = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        if (!packagePath.isEmpty() && dir.endsWith("/" + packagePath)) {
          dir = dir.substring(0, dir.length() - packagePath.length() - 1);
        }
        int src = dir.lastIndexOf("/src/");
        return src >= 0 ? dir.substring(src + 1) : "";
      }).orElse("");
    }

    @Override
    public Optional<String> outline(javax.lang.model.element.TypeElement type) {
      Optional<CompilationUnitTree> unit = unit(type);
      com.sun.source.tree.ClassTree tree = unit.isPresent() ? trees.getTree(type) : null;
      if (tree == null) {
        return Optional.empty();
      }
      CharSequence text = texts.computeIfAbsent(unit.get(), u -> {
        try {
          return u.getSourceFile().getCharContent(true);
        } catch (java.io.IOException | RuntimeException e) {
          return "";
        }
      });
      boolean isEnum = type.getKind() == javax.lang.model.element.ElementKind.ENUM;
      java.util.Set<String> constants = new java.util.HashSet<>();
      if (isEnum) {
        for (Element member : type.getEnclosedElements()) {
          if (member.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT) {
            constants.add(member.getSimpleName().toString());
          }
        }
      }
      com.sun.source.util.SourcePositions positions = trees.getSourcePositions();
      java.util.List<dev.featuredocs.processor.source.TypeOutline.Member> members = new java.util.ArrayList<>();
      for (com.sun.source.tree.Tree member : tree.getMembers()) {
        if (member instanceof com.sun.source.tree.VariableTree variable) {
          boolean constant = constants.contains(variable.getName().toString());
          // as written: an interface's constants without `static` are kept, as javaparser keeps them
          if (constant || !variable.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC)) {
            members.add(new dev.featuredocs.processor.source.TypeOutline.Member(
                (int) positions.getStartPosition(unit.get(), variable), constant));
          }
        }
      }
      return dev.featuredocs.processor.source.TypeOutline.of(text,
          (int) positions.getStartPosition(unit.get(), tree), isEnum, members);
    }

    private Optional<CompilationUnitTree> unit(Element element) {
      // Every member is in its top-level type's compilation unit; a package's is its package-info.
      Element top = element;
      while (top.getEnclosingElement() != null && !(top instanceof PackageElement)
          && !(top.getEnclosingElement() instanceof PackageElement)) {
        top = top.getEnclosingElement();
      }
      return units.computeIfAbsent(top, e -> {
        TreePath path = trees.getPath(e);
        return path == null ? Optional.empty() : Optional.of(path.getCompilationUnit());
      });
    }

    private static String fileName(URI uri) {
      String path = uri.getPath() != null ? uri.getPath() : uri.toString();
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  /** Any other compiler: javac's convention, top-level type name + {@code .java}. */
  final class ConventionalSourcePaths implements SourcePaths {
    private final Elements elements;

    ConventionalSourcePaths(Elements elements) {
      this.elements = elements;
    }

    @Override
    public Optional<String> relativePath(Element element) {
      Element top = element;
      while (top.getEnclosingElement() instanceof TypeElement outer) {
        top = outer;
      }
      String packagePath = elements.getPackageOf(element).getQualifiedName().toString().replace('.', '/');
      String fileName = top instanceof PackageElement ? "package-info.java" : top.getSimpleName() + ".java";
      return Optional.of(packagePath.isEmpty() ? fileName : packagePath + "/" + fileName);
    }

    @Override
    public Optional<JavaFileObject> sourceFile(Element element) {
      return Optional.empty();
    }

    @Override
    public String rootLabel(Element element) {
      return "";
    }
  }
}
