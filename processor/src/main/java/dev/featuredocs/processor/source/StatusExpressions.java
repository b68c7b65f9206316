package dev.featuredocs.processor.source;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statuses an expression can stand for, followed through the data flow javac's trees show:
 * local variables (every value assigned to them, so {@code if}/{@code switch} chains list every
 * branch), fields and constants of the class, conditional and {@code switch} expressions (each
 * branch), {@code HttpStatus.valueOf(…)}, {@code status.value()}, and the class's own helper
 * methods (each {@code return}), a few calls deep; and across classes ({@link OtherClasses}): another
 * class's constants ({@code ApiStatuses.CONFLICT}), its static helpers ({@code Statuses.of(code)}, with
 * the arguments bound to the parameters) and a project enum's accessor on one of its constants
 * ({@code ErrorCodes.BAD_INPUT.status()}: the constructor argument the accessor's field is set from).
 * What none of these decide — a value read from the exception, a parameter, another object, a
 * class only on the class path whose field is no compile-time constant — is {@link #RUN_TIME}:
 * never guessed.
 */
public final class StatusExpressions {
  /** A status that only the running code decides. */
  static final String RUN_TIME = "?";
  /**
   * The status the exception itself carries: {@code e.getStatusCode()} (Spring's {@code ErrorResponse},
   * {@code ResponseStatusException}) or {@code e.getResponse().getStatus()} (JAX-RS) on a parameter or
   * a pattern variable; resolved per exception by the harvester.
   */
  public static final String CARRIED = "@carried";
  private static final Set<String> CARRIED_GETTERS = Set.of("getStatusCode", "getStatus", "getRawStatusCode");
  static final int HELPER_DEPTH = 3;
  private static final Set<String> CONVERSIONS = Set.of("valueOf", "resolve", "fromStatusCode", "value", "getCode",
      "getStatusCode", "code");
  private static final Set<String> STATUS_TYPES = Set.of("HttpStatus", "Status", "Response.Status", "HttpServletResponse",
      "HttpStatusCode", "HttpURLConnection");

  private final ClassTree owner;
  final OtherClasses others;
  /** Parameters bound to the caller's arguments, and an enum constant's fields to its constructor arguments: their values. */
  private final Map<String, List<Value>> bound;
  private final Map<String, List<ExpressionTree>> locals;
  /** The trees whose nodes {@link #condition} may be asked about: the method and the class's fields. */
  private final List<Tree> scopes;
  /** Child → parent, built the first time a condition is asked for. */
  private Map<Tree, Tree> parents;

  /** @param owner the class declaring {@code method}, for its fields and helper methods; null when unknown */
  StatusExpressions(ClassTree owner, MethodTree method) {
    this(owner, method, OtherClasses.NONE, Map.of());
  }

  /**
   * @param method the method read, or null for the class's field initializers alone
   * @param others the classes the code names besides its own
   * @param bound values of parameters or fields fixed by the call being followed
   */
  StatusExpressions(ClassTree owner, MethodTree method, OtherClasses others, Map<String, List<Value>> bound) {
    this.owner = owner;
    this.others = others;
    this.bound = bound;
    this.locals = method == null ? Map.of() : assignments(method);
    List<Tree> trees = new ArrayList<>();
    if (method != null) {
      trees.add(method);
    }
    if (owner != null) {
      owner.getMembers().stream().filter(VariableTree.class::isInstance).forEach(trees::add);
    }
    this.scopes = trees;
  }

  /** The class that declares {@code method} in {@code unit}, searched through nested classes; null when not found. */
  static ClassTree owner(CompilationUnitTree unit, MethodTree method) {
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree type) {
        ClassTree found = owner(type, method);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static ClassTree owner(ClassTree type, MethodTree method) {
    for (Tree member : type.getMembers()) {
      if (member == method) {
        return type;
      }
      if (member instanceof ClassTree nested) {
        ClassTree found = owner(nested, method);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Whether the expression is written as a status (a constant of a status type or a number), not computed. */
  static boolean isWrittenStatus(ExpressionTree expression) {
    return expression instanceof LiteralTree literal && literal.getValue() instanceof Integer
        || expression instanceof MemberSelectTree field && isStatusType(field.getExpression().toString());
  }

  /** Distinct values in source order: numbers ({@code "201"}), constant names ({@code "CREATED"}) or {@link #RUN_TIME}. */
  List<String> values(ExpressionTree expression) {
    return valuesWhen(expression).stream().map(Value::status).distinct().toList();
  }

  /** A status and the type it is chosen for ({@link MethodBody.StatusCall#when}). */
  record Value(String status, String when) {}

  /** Distinct values with the type each is chosen for, in source order. */
  List<Value> valuesWhen(ExpressionTree expression) {
    Set<Value> result = new LinkedHashSet<>();
    collect(expression, result, new HashSet<>(), 0);
    return List.copyOf(result);
  }

  /** Adds a value found at {@code at}: chosen for the type of the nearest instanceof test or type pattern around it. */
  void add(Set<Value> out, String status, Tree at) {
    out.add(new Value(status, condition(at)));
  }

  /** The type an enclosing {@code if (x instanceof T)}, {@code x instanceof T ? … : …} or {@code case T t} selects {@code at} for. */
  private String condition(Tree at) {
    if (parents == null) {
      parents = new java.util.IdentityHashMap<>();
      for (Tree root : scopes) {
        new TreeScanner<Void, Tree>() {
          @Override
          public Void scan(Tree tree, Tree parent) {
            if (tree != null) {
              parents.put(tree, parent);
              super.scan(tree, tree);
            }
            return null;
          }
        }.scan(root, null);
      }
    }
    for (Tree child = at, parent = parents.get(at); parent != null; child = parent, parent = parents.get(parent)) {
      if (parent instanceof com.sun.source.tree.IfTree branch && branch.getThenStatement() == child) {
        String type = instanceOf(branch.getCondition());
        if (!type.isEmpty()) {
          return type;
        }
      } else if (parent instanceof ConditionalExpressionTree conditional && conditional.getTrueExpression() == child) {
        String type = instanceOf(conditional.getCondition());
        if (!type.isEmpty()) {
          return type;
        }
      } else if (parent instanceof CaseTree branch) {
        String type = patternType(branch);
        if (!type.isEmpty()) {
          return type;
        }
      }
    }
    return "";
  }

  /**
   * {@code case Gone g ->}: the pattern's type. Pattern labels are Java 21's tree API
   * ({@code CaseTree.getLabels()}, {@code PatternCaseLabelTree}), read reflectively so that the
   * processor still runs on the Java 17 compiler it is built for.
   */
  private static String patternType(CaseTree branch) {
    try {
      Object labels = CaseTree.class.getMethod("getLabels").invoke(branch);
      if (labels instanceof List<?> list && !list.isEmpty()) {
        Object label = list.get(0);
        Class<?> patternLabel = Class.forName("com.sun.source.tree.PatternCaseLabelTree");
        Object pattern = patternLabel.isInstance(label) ? patternLabel.getMethod("getPattern").invoke(label) : null;
        if (pattern instanceof com.sun.source.tree.BindingPatternTree binding) {
          return binding.getVariable().getType().toString();
        }
      }
    } catch (ReflectiveOperationException | RuntimeException notAPattern) {
      // Java 17's trees, or a constant label: no type chosen
    }
    return "";
  }

  private static String instanceOf(ExpressionTree condition) {
    ExpressionTree inner = condition instanceof ParenthesizedTree p ? p.getExpression() : condition;
    if (inner instanceof com.sun.source.tree.InstanceOfTree test) {
      Tree type = test.getPattern() instanceof com.sun.source.tree.BindingPatternTree binding
          ? binding.getVariable().getType() : test.getType();
      return type == null ? "" : type.toString();
    }
    return "";
  }

  void collect(ExpressionTree expression, Set<Value> out, Set<String> visiting, int depth) {
    if (expression instanceof ParenthesizedTree parenthesized) {
      collect(parenthesized.getExpression(), out, visiting, depth);
    } else if (expression instanceof TypeCastTree cast) {
      collect(cast.getExpression(), out, visiting, depth);
    } else if (expression instanceof ConditionalExpressionTree conditional) {
      collect(conditional.getTrueExpression(), out, visiting, depth);
      collect(conditional.getFalseExpression(), out, visiting, depth);
    } else if (expression instanceof LiteralTree literal) {
      add(out, literal.getValue() instanceof Integer number ? number.toString() : RUN_TIME, literal);
    } else if (expression instanceof MemberSelectTree field) {
      String scope = field.getExpression().toString();
      if (isStatusType(scope)) {
        add(out, constantName(field.getIdentifier().toString()), field);
      } else if (scope.equals("this")) {
        variable(field.getIdentifier().toString(), field, true, out, visiting, depth);
      } else if (!isVariable(field.getExpression()) && OtherClassValues.field(this, field, out, visiting, depth)) {
        return;
      } else {
        add(out, RUN_TIME, field);
      }
    } else if (expression instanceof IdentifierTree name) {
      variable(name.getName().toString(), name, false, out, visiting, depth);
    } else if (expression instanceof SwitchExpressionTree switched) {
      for (CaseTree branch : switched.getCases()) {
        if (branch.getBody() instanceof ExpressionTree value) {
          collect(value, out, visiting, depth);
        } else if (branch.getBody() != null || !branch.getStatements().isEmpty()) {
          for (ExpressionTree yielded : yields(branch)) {
            collect(yielded, out, visiting, depth);
          }
        }
      }
    } else if (expression instanceof MethodInvocationTree call) {
      invocation(call, out, visiting, depth);
    } else {
      add(out, RUN_TIME, expression);
    }
  }

  private void invocation(MethodInvocationTree call, Set<Value> out, Set<String> visiting, int depth) {
    ExpressionTree select = call.getMethodSelect();
    String name = select instanceof MemberSelectTree member ? member.getIdentifier().toString()
        : select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
    ExpressionTree scope = select instanceof MemberSelectTree member ? member.getExpression() : null;
    boolean own = scope == null || scope.toString().equals("this");
    if (CARRIED_GETTERS.contains(name) && call.getArguments().isEmpty() && carrier(scope)) {
      add(out, CARRIED, call);
      return;
    }
    if (call.getArguments().isEmpty() && scope instanceof MemberSelectTree constant && depth < HELPER_DEPTH
        && !isVariable(constant.getExpression())
        && OtherClassValues.enumAccessor(this, constant, name, out, visiting, depth)) {
      return;
    }
    if (CONVERSIONS.contains(name)) {
      // HttpStatus.valueOf(404), HttpStatusCode.valueOf(code), status.value(): the status they convert
      if (call.getArguments().size() == 1 && scope != null && isStatusType(scope.toString())) {
        collect(call.getArguments().get(0), out, visiting, depth);
        return;
      }
      if (call.getArguments().isEmpty() && scope != null && !own) {
        collect(scope, out, visiting, depth);
        return;
      }
    }
    if (own && owner != null && depth < HELPER_DEPTH && visiting.add("()" + name)) {
      List<MethodTree> helpers = new ArrayList<>();
      for (Tree member : owner.getMembers()) {
        if (member instanceof MethodTree helper && helper.getName().contentEquals(name)
            && helper.getParameters().size() == call.getArguments().size() && helper.getBody() != null) {
          helpers.add(helper);
        }
      }
      if (!helpers.isEmpty()) {
        for (MethodTree helper : helpers) {
          StatusExpressions inner = new StatusExpressions(owner, helper, others, arguments(helper, call, visiting, depth));
          for (ExpressionTree returned : returns(helper)) {
            inner.collect(returned, out, visiting, depth + 1);
          }
        }
        visiting.remove("()" + name);
        return;
      }
      visiting.remove("()" + name);
    }
    if (!own && depth < HELPER_DEPTH && (scope instanceof IdentifierTree || scope instanceof MemberSelectTree)
        && !isVariable(scope) && OtherClassValues.helper(this, scope, name, call, out, visiting, depth)) {
      return;
    }
    if ((name.equals("get") || name.equals("getOrDefault")) && scope != null && !call.getArguments().isEmpty()
        && table(scope, out, visiting, depth)) {
      if (name.equals("getOrDefault") && call.getArguments().size() == 2) {
        collect(call.getArguments().get(1), out, visiting, depth);
      }
      return;
    }
    add(out, RUN_TIME, call);
  }

  /**
   * A dispatch table: {@code STATUSES.get(e.getClass())} where {@code STATUSES} is a
   * {@code Map.of(Gone.class, HttpStatus.GONE, …)} or {@code Map.ofEntries(Map.entry(…), …)}; each
   * status is chosen for exactly its class. False when the receiver is no such map.
   */
  private boolean table(ExpressionTree receiver, Set<Value> out, Set<String> visiting, int depth) {
    String name = receiver instanceof IdentifierTree id ? id.getName().toString()
        : receiver instanceof MemberSelectTree field && field.getExpression().toString().equals("this")
            ? field.getIdentifier().toString() : null;
    ExpressionTree initializer = null;
    if (name != null && locals.get(name) != null && locals.get(name).size() == 1) {
      initializer = locals.get(name).get(0);
    } else if (name != null && owner != null) {
      for (Tree member : owner.getMembers()) {
        if (member instanceof VariableTree field && field.getName().contentEquals(name)) {
          initializer = field.getInitializer();
        }
      }
    }
    if (!(initializer instanceof MethodInvocationTree map) || !map.getMethodSelect().toString().startsWith("Map.of")) {
      return false;
    }
    List<ExpressionTree> pairs = new ArrayList<>();
    for (ExpressionTree argument : map.getArguments()) {
      if (argument instanceof MethodInvocationTree entry && entry.getMethodSelect().toString().endsWith("entry")
          && entry.getArguments().size() == 2) {
        pairs.addAll(entry.getArguments());
      } else {
        pairs.add(argument);
      }
    }
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      if (pairs.get(i) instanceof MemberSelectTree literal && literal.getIdentifier().contentEquals("class")) {
        String type = "=" + literal.getExpression();
        for (Value value : valuesWhen(pairs.get(i + 1))) {
          out.add(new Value(value.status(), type));
        }
      }
    }
    return true;
  }

  /** A local variable, a parameter or a field of the class: a name no other class is looked up for. */
  private boolean isVariable(ExpressionTree expression) {
    if (!(expression instanceof IdentifierTree identifier)) {
      return false;
    }
    String name = identifier.getName().toString();
    return locals.containsKey(name) || bound.containsKey(name) || owner != null && owner.getMembers().stream()
        .anyMatch(m -> m instanceof VariableTree field && field.getName().contentEquals(name));
  }

  /** The call's arguments, read here, as the values of the helper's parameters. */
  Map<String, List<Value>> arguments(MethodTree helper, MethodInvocationTree call, Set<String> visiting,
      int depth) {
    Map<String, List<Value>> result = new HashMap<>();
    for (int i = 0; i < helper.getParameters().size(); i++) {
      Set<Value> values = new LinkedHashSet<>();
      collect(call.getArguments().get(i), values, visiting, depth);
      result.put(helper.getParameters().get(i).getName().toString(), List.copyOf(values));
    }
    return result;
  }


  /** {@code e} or {@code e.getResponse()} where {@code e} is a parameter or pattern variable: the exception handled. */
  private boolean carrier(ExpressionTree scope) {
    ExpressionTree receiver = scope;
    if (receiver instanceof MethodInvocationTree inner && inner.getArguments().isEmpty()
        && inner.getMethodSelect() instanceof MemberSelectTree select && select.getIdentifier().contentEquals("getResponse")) {
      receiver = select.getExpression();
    }
    return receiver instanceof IdentifierTree variable && locals.containsKey(variable.getName().toString())
        && locals.get(variable.getName().toString()).isEmpty();
  }

  /** A local variable (every value assigned to it), else a field of the class, else a statically imported constant. */
  private void variable(String name, Tree at, boolean fieldOnly, Set<Value> out, Set<String> visiting, int depth) {
    if (!visiting.add(name)) {
      return; // a variable assigned from itself adds nothing
    }
    try {
      List<ExpressionTree> assigned = fieldOnly ? null : locals.get(name);
      List<Value> fixed = bound.get(name);
      if (fixed != null && (fieldOnly || assigned == null || assigned.isEmpty())) {
        out.addAll(fixed); // a parameter given by the call followed, or an enum constant's field
        return;
      }
      if (assigned != null) {
        if (assigned.isEmpty()) {
          add(out, RUN_TIME, at); // a parameter, a pattern variable, or a local with no value in sight
        }
        for (ExpressionTree value : assigned) {
          collect(value, out, visiting, depth);
        }
        return;
      }
      if (owner != null) {
        for (Tree member : owner.getMembers()) {
          if (member instanceof VariableTree field && field.getName().contentEquals(name)) {
            if (field.getInitializer() == null) {
              add(out, RUN_TIME, at);
            } else {
              collect(field.getInitializer(), out, visiting, depth);
            }
            return;
          }
        }
      }
      // NOT_FOUND through a static import of HttpStatus.*: the name is the constant
      add(out, name.equals(name.toUpperCase(java.util.Locale.ROOT)) ? constantName(name) : RUN_TIME, at);
    } finally {
      visiting.remove(name);
    }
  }

  /** {@code SC_NOT_FOUND} (the servlet's constants) → {@code NOT_FOUND}; {@code HTTP_GONE} (the JDK's) → {@code GONE}. */
  private static String constantName(String name) {
    if (name.startsWith("SC_")) {
      return name.substring(3);
    }
    return name.startsWith("HTTP_") ? name.substring(5) : name;
  }

  private static boolean isStatusType(String scope) {
    String simple = scope.startsWith("Response.") ? scope : scope.substring(scope.lastIndexOf('.') + 1);
    return STATUS_TYPES.contains(simple) || scope.endsWith("HttpStatus") || scope.endsWith("Response.Status");
  }

  /** Names declared or assigned in the method → their values: parameters and pattern variables with none. */
  static Map<String, List<ExpressionTree>> assignments(MethodTree method) {
    Map<String, List<ExpressionTree>> result = new HashMap<>();
    for (VariableTree parameter : method.getParameters()) {
      result.put(parameter.getName().toString(), new ArrayList<>());
    }
    if (method.getBody() == null) {
      return result;
    }
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        List<ExpressionTree> values = result.computeIfAbsent(variable.getName().toString(), n -> new ArrayList<>());
        if (variable.getInitializer() != null) {
          values.add(variable.getInitializer());
        }
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        if (assignment.getVariable() instanceof IdentifierTree target) {
          result.computeIfAbsent(target.getName().toString(), n -> new ArrayList<>()).add(assignment.getExpression());
        }
        return super.visitAssignment(assignment, unused);
      }

      @Override
      public Void visitClass(ClassTree type, Void unused) {
        return null; // a local or anonymous class's variables are not this method's
      }
    }.scan(method.getBody(), null);
    return result;
  }

  /** The expressions a method returns, not counting lambdas' and local classes' returns. */
  static List<ExpressionTree> returns(MethodTree method) {
    List<ExpressionTree> result = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree returned, Void unused) {
        if (returned.getExpression() != null) {
          result.add(returned.getExpression());
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree type, Void unused) {
        return null;
      }
    }.scan(method.getBody(), null);
    return result;
  }

  private static List<ExpressionTree> yields(CaseTree branch) {
    List<ExpressionTree> result = new ArrayList<>();
    Tree body = branch.getBody() != null ? branch.getBody() : null;
    TreeScanner<Void, Void> scanner = new TreeScanner<>() {
      @Override
      public Void visitYield(YieldTree yielded, Void unused) {
        result.add(yielded.getValue());
        return null;
      }

      @Override
      public Void visitSwitchExpression(SwitchExpressionTree nested, Void unused) {
        return null; // its yields are its own
      }
    };
    if (body instanceof BlockTree block) {
      scanner.scan(block, null);
    } else {
      scanner.scan(branch.getStatements(), null);
    }
    return result;
  }
}
