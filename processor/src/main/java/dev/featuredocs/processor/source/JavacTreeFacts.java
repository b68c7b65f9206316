package dev.featuredocs.processor.source;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.featuredocs.processor.source.MethodBody.Call;
import dev.featuredocs.processor.source.MethodBody.StatusCall;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link MethodBody} of a method read from javac's own tree of it: the same facts
 * {@link JavaParserSourceFacts} reads with javaparser (names as written, statuses, calls, created
 * types), in the same order, without parsing the file a second time. javac has parsed every source
 * file before processors run, so under javac this costs one walk of the method; javaparser parsing
 * the file was the largest part of the processor's time (see {@code benchmarks/README.md}).
 */
public final class JavacTreeFacts {
  /** Package and imports per compilation unit: printing them for every method was most of this class's allocation. */
  private final Map<CompilationUnitTree, Unit> units = new IdentityHashMap<>();

  private record Unit(String packageName, List<String> imports) {}

  public MethodBody method(CompilationUnitTree unit, MethodTree method) {
    return method(unit, method, OtherClasses.NONE);
  }

  /** @param others the classes the method's code names besides its own, for statuses read across classes */
  public MethodBody method(CompilationUnitTree unit, MethodTree method, OtherClasses others) {
    Scanner scanner = new Scanner(new StatusExpressions(StatusExpressions.owner(unit, method), method, others,
        java.util.Map.of()));
    scanner.scan(method, null);
    Unit names = units.computeIfAbsent(unit, u -> {
      List<String> imports = new ArrayList<>();
      for (ImportTree i : u.getImports()) {
        if (!i.isStatic()) {
          imports.add(i.getQualifiedIdentifier().toString());
        }
      }
      return new Unit(u.getPackageName() == null ? "" : u.getPackageName().toString(), List.copyOf(imports));
    });
    return new MethodBody(scanner.statuses, scanner.created, scanner.calls, names.packageName(), names.imports());
  }

  /** Records in source order, a node before its children, as javaparser's pre-order walk does. */
  private static final class Scanner extends TreeScanner<Void, Void> {
    /** Where the status is an argument other than the first: {@code ErrorResponse.builder(ex, status, detail)}. */
    private static final Map<String, Integer> STATUS_ARGUMENT = Map.of("ErrorResponse.builder", 1, "ErrorResponse.create", 1);
    final List<StatusCall> statuses = new ArrayList<>();
    final List<String> created = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    private final StatusExpressions values;

    Scanner(StatusExpressions values) {
      this.values = values;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      ExpressionTree select = call.getMethodSelect();
      ExpressionTree scope = select instanceof MemberSelectTree member ? member.getExpression() : null;
      String name = select instanceof MemberSelectTree member ? member.getIdentifier().toString()
          : select instanceof IdentifierTree identifier ? identifier.getName().toString() : select.toString();
      calls.add(new Call(scope == null ? "" : receiver(scope), name, call.getArguments().size()));
      List<? extends ExpressionTree> arguments = call.getArguments();
      if (scope instanceof IdentifierTree owner && !isThisOrSuper(owner)) {
        String qualified = owner.getName() + "." + name;
        String fixed = JavaParserSourceFacts.FACTORIES.get(qualified);
        int at = STATUS_ARGUMENT.getOrDefault(qualified, 0);
        if (fixed != null) {
          statuses.add(new StatusCall(fixed, qualified + "(" + (arguments.isEmpty() ? "" : "…") + ")"));
        } else if ((JavaParserSourceFacts.STATUS_METHODS.contains(qualified) || STATUS_ARGUMENT.containsKey(qualified))
            && arguments.size() > at) {
          add(arguments.get(at), qualified + "(" + (at > 0 ? "…, " : "") + arguments.get(at)
              + (arguments.size() > at + 1 ? ", …" : "") + ")");
        }
      }
      if (scope != null && name.equals("sendRedirect") && arguments.size() == 1) {
        statuses.add(new StatusCall("302", scope + ".sendRedirect(…)"));
      } else if (scope != null && (name.equals("setStatus") || name.equals("sendError")) && !arguments.isEmpty()
          && scope.toString().toLowerCase(java.util.Locale.ROOT).contains("response")) {
        add(arguments.get(0), scope + "." + name + "(" + arguments.get(0) + (arguments.size() > 1 ? ", …" : "") + ")");
      } else if (select instanceof IdentifierTree identifier && identifier.getName().contentEquals("super")) {
        // an exception that carries its status: super(HttpStatus.CONFLICT, …), super(message, Status.UNAUTHORIZED)
        for (ExpressionTree argument : arguments) {
          for (String value : values.values(argument)) {
            if (!value.equals(StatusExpressions.RUN_TIME)) {
              statuses.add(new StatusCall(value, "super(…, " + argument + ", …)"));
            }
          }
        }
      }
      return super.visitMethodInvocation(call, unused);
    }

    /** Every status the expression can stand for; {@link StatusExpressions#RUN_TIME} where the running code decides. */
    private void add(ExpressionTree expression, String evidence) {
      for (StatusExpressions.Value value : values.valuesWhen(expression)) {
        statuses.add(new StatusCall(value.status(), evidence, value.when()));
      }
    }

    @Override
    public Void visitNewClass(NewClassTree creation, Void unused) {
      String name = typeName(creation.getIdentifier());
      created.add(name);
      String simple = name.substring(name.lastIndexOf('.') + 1);
      List<? extends ExpressionTree> arguments = creation.getArguments();
      if (simple.equals("ResponseEntity") && !arguments.isEmpty()) {
        ExpressionTree status = arguments.get(arguments.size() - 1); // (status), (body, status), (body, headers, status)
        add(status, "new " + simple + "(" + (arguments.size() > 1 ? "…, " : "") + status + ")");
      } else if ((simple.equals("ResponseStatusException") || simple.equals("ErrorResponseException"))
          && !arguments.isEmpty()) {
        add(arguments.get(0), "new " + simple + "(" + arguments.get(0) + (arguments.size() > 1 ? ", …" : "") + ")");
      } else if (simple.equals("RedirectView")) {
        statuses.add(new StatusCall("302", "new RedirectView(…)"));
      }
      return super.visitNewClass(creation, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
      if (reference.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
        created.add(typeName(reference.getQualifierExpression()));
      }
      return super.visitMemberReference(reference, unused);
    }
  }

  /** A type as written, without type arguments or annotations: {@code Outer.Inner}, {@code int[]}. */
  private static String typeName(Tree type) {
    if (type instanceof ParameterizedTypeTree parameterized) {
      return typeName(parameterized.getType());
    }
    if (type instanceof AnnotatedTypeTree annotated) {
      return typeName(annotated.getUnderlyingType());
    }
    return type.toString().replaceAll("<.*>", "");
  }

  /** The variable or field a method is called on; {@code ""} for {@code this}, {@code "?"} for anything else. */
  private static String receiver(ExpressionTree scope) {
    if (scope instanceof IdentifierTree name) {
      if (name.getName().contentEquals("this")) {
        return "";
      }
      return name.getName().contentEquals("super") ? "?" : name.getName().toString();
    }
    if (scope instanceof MemberSelectTree field && field.getExpression() instanceof IdentifierTree owner
        && owner.getName().contentEquals("this")) {
      return field.getIdentifier().toString();
    }
    return "?";
  }

  private static boolean isThisOrSuper(IdentifierTree identifier) {
    return identifier.getName().contentEquals("this") || identifier.getName().contentEquals("super");
  }
}
