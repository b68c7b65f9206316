package dev.featuredocs.processor.source;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of {@link StatusExpressions} that follows a value into another class ({@link OtherClasses}):
 * its constants, its static helpers, a project enum's accessor on one of its constants. Each step
 * reads the other class's own tree in its own scope; the caller's {@code visiting} set guards
 * cycles and its depth bounds helpers, as for the class's own helpers.
 */
final class OtherClassValues {
  private OtherClassValues() {}

  /**
   * {@code ApiStatuses.CONFLICT}: another class's field, through its initializer when the class is
   * in the compilation, else its compile-time constant value. False when neither tells.
   */
  static boolean field(StatusExpressions self, MemberSelectTree field, Set<StatusExpressions.Value> out, Set<String> visiting, int depth) {
    java.util.Optional<OtherClasses.Other> other = self.others.named(field.getExpression().toString());
    if (other.isEmpty()) {
      return false;
    }
    String name = field.getIdentifier().toString();
    String key = other.get().name() + "." + name;
    if (!visiting.add(key)) {
      return true; // a constant defined through itself adds nothing
    }
    try {
      VariableTree declared = other.get().tree() == null ? null : declaration(other.get().tree(), name);
      if (declared != null && declared.getInitializer() != null) {
        new StatusExpressions(other.get().tree(), null, other.get().scope(), Map.of())
            .collect(declared.getInitializer(), out, visiting, depth);
        return true;
      }
      if (other.get().constants().apply(name) instanceof Integer number) {
        self.add(out, number.toString(), field);
        return true;
      }
      return false;
    } finally {
      visiting.remove(key);
    }
  }

  /**
   * {@code Statuses.of(code)}: a static helper of another class in the compilation, each of its
   * {@code return}s read in that class with the call's arguments bound to its parameters. False
   * when the class or the method has no tree here (only on the class path).
   */
  static boolean helper(StatusExpressions self, ExpressionTree scope, String name, MethodInvocationTree call, Set<StatusExpressions.Value> out,
      Set<String> visiting, int depth) {
    java.util.Optional<OtherClasses.Other> other = self.others.named(scope.toString());
    if (other.isEmpty() || other.get().tree() == null) {
      return false;
    }
    String key = other.get().name() + "." + name + "()";
    if (!visiting.add(key)) {
      return true;
    }
    try {
      boolean found = false;
      for (Tree member : other.get().tree().getMembers()) {
        if (member instanceof MethodTree helper && helper.getName().contentEquals(name) && helper.getBody() != null
            && helper.getParameters().size() == call.getArguments().size()) {
          found = true;
          StatusExpressions inner = new StatusExpressions(other.get().tree(), helper, other.get().scope(),
              self.arguments(helper, call, visiting, depth));
          for (ExpressionTree returned : StatusExpressions.returns(helper)) {
            inner.collect(returned, out, visiting, depth + 1);
          }
        }
      }
      return found;
    } finally {
      visiting.remove(key);
    }
  }

  /**
   * {@code ErrorCodes.BAD_INPUT.status()} on a project enum: the accessor's {@code return}s with the
   * enum's fields bound to what the constant's constructor arguments set them to. False when the
   * scope is no enum constant of a class in the compilation, or the accessor has no body here (a
   * Lombok getter: decided at run time).
   */
  static boolean enumAccessor(StatusExpressions self, MemberSelectTree constant, String accessor, Set<StatusExpressions.Value> out, Set<String> visiting,
      int depth) {
    java.util.Optional<OtherClasses.Other> other = self.others.named(constant.getExpression().toString());
    if (other.isEmpty() || other.get().tree() == null) {
      return false;
    }
    ClassTree type = other.get().tree();
    VariableTree declared = declaration(type, constant.getIdentifier().toString());
    if (declared == null || !(declared.getInitializer() instanceof com.sun.source.tree.NewClassTree creation)) {
      return false;
    }
    String key = other.get().name() + "." + constant.getIdentifier() + "." + accessor + "()";
    if (!visiting.add(key)) {
      return true;
    }
    try {
      StatusExpressions arguments = new StatusExpressions(type, null, other.get().scope(), Map.of());
      Map<String, List<StatusExpressions.Value>> fields = new HashMap<>();
      for (Tree member : type.getMembers()) {
        if (member instanceof MethodTree constructor && constructor.getName().contentEquals("<init>")
            && constructor.getBody() != null && constructor.getParameters().size() == creation.getArguments().size()) {
          constructorAssignments(constructor).forEach((fieldName, index) -> {
            Set<StatusExpressions.Value> values = new LinkedHashSet<>();
            arguments.collect(creation.getArguments().get(index), values, visiting, depth + 1);
            fields.put(fieldName, List.copyOf(values));
          });
        }
      }
      StatusExpressions inner = null;
      for (Tree member : type.getMembers()) {
        if (member instanceof MethodTree method && method.getName().contentEquals(accessor)
            && method.getParameters().isEmpty() && method.getBody() != null) {
          inner = new StatusExpressions(type, method, other.get().scope(), fields);
          for (ExpressionTree returned : StatusExpressions.returns(method)) {
            inner.collect(returned, out, visiting, depth + 1);
          }
        }
      }
      return inner != null;
    } finally {
      visiting.remove(key);
    }
  }

  /** {@code this.status = status;} in a constructor: field name → the index of the parameter assigned to it. */
  private static Map<String, Integer> constructorAssignments(MethodTree constructor) {
    Map<String, Integer> result = new HashMap<>();
    List<String> parameters = constructor.getParameters().stream().map(p -> p.getName().toString()).toList();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        String target = assignment.getVariable() instanceof MemberSelectTree select
            && select.getExpression().toString().equals("this") ? select.getIdentifier().toString()
            : assignment.getVariable() instanceof IdentifierTree id ? id.getName().toString() : null;
        if (target != null && assignment.getExpression() instanceof IdentifierTree value
            && parameters.contains(value.getName().toString())) {
          result.put(target, parameters.indexOf(value.getName().toString()));
        }
        return super.visitAssignment(assignment, unused);
      }
    }.scan(constructor.getBody(), null);
    return result;
  }

  private static VariableTree declaration(ClassTree type, String name) {
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree field && field.getName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }
}
