package dev.featuredocs.processor.source;

import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * Facts the compiler's element model lacks, read from source files. Implementations must not
 * fail the build: a file that cannot be read or parsed yields nothing ({@link #NONE} behaviour)
 * and costs only its own extras.
 */
public interface SourceFacts {

  /** No source available (classes from jars, non-javac compilers): nothing is known. */
  SourceFacts NONE = new SourceFacts() {
    @Override
    public Optional<MethodBody> method(JavaFileObject file, List<String> typePath, String method, List<String> parameterTypes) {
      return Optional.empty();
    }

    @Override
    public Optional<TypeSource> type(JavaFileObject file, List<String> typePath) {
      return Optional.empty();
    }
  };

  /**
   * The body of a method.
   *
   * @param file the compilation unit's source file
   * @param typePath simple names from the top-level type to the declaring type, e.g. {@code [Outer, Inner]}
   * @param method the method's name
   * @param parameterTypes its parameters' erased simple type names, to tell overloads apart
   */
  Optional<MethodBody> method(JavaFileObject file, List<String> typePath, String method, List<String> parameterTypes);

  /** The declaration of a type, as written, without method bodies. */
  Optional<TypeSource> type(JavaFileObject file, List<String> typePath);

  /** The declaration of a type from its {@link TypeOutline} (the text of the type alone); empty when unreadable. */
  default Optional<TypeSource> outline(String outline) {
    return Optional.empty();
  }
}
