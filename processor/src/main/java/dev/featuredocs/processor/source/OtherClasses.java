package dev.featuredocs.processor.source;

import com.sun.source.tree.ClassTree;
import java.util.Optional;

/**
 * The classes a method's code names besides its own ({@code ApiStatuses.CONFLICT},
 * {@code Statuses.of(code)}, {@code ErrorCodes.BAD_INPUT.status()}), as the harvester resolves them
 * against the compiler's model in the scope of the code being read; {@link #NONE} where nothing is
 * resolved (every such value is then decided at run time).
 */
@FunctionalInterface
public interface OtherClasses {
  OtherClasses NONE = written -> Optional.empty();

  /** The class a name written in the code refers to; empty for a variable, an unknown name or a status type. */
  Optional<Other> named(String written);

  /**
   * A class named by the code.
   *
   * @param name its simple name, for the evidence
   * @param tree its declaration as the compiler parsed it; null when it is only on the class path
   * @param constants the compile-time constant value of one of its static fields ({@code Integer 409}), else null
   * @param scope the classes named in its own compilation unit, for following its code further
   */
  record Other(String name, ClassTree tree, java.util.function.Function<String, Object> constants, OtherClasses scope) {}
}
