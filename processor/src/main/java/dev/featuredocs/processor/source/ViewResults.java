package dev.featuredocs.processor.source;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import dev.featuredocs.processor.source.MethodBody.StatusCall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a view-returning Spring MVC handler answers, from the values it returns: a view name
 * {@code "redirect:/x"} (a literal, a constant, a concatenation, each branch of a conditional), a
 * {@code new ModelAndView("redirect:…")} or a {@code new RedirectView(…)} is a redirect — 302, as
 * Spring's {@code RedirectView} sends by default; 303 when the view is made
 * {@code setHttp10Compatible(false)}; the status given to {@code setStatusCode(…)} — with the
 * {@code Location} it sends where that is a literal. {@code "forward:…"} hands the request to
 * another handler, which decides its status; any other view name renders a page (200).
 */
public final class ViewResults {
  /** A part of a string the code computes at run time. */
  private static final String UNKNOWN = "\u0000";
  private static final int MAX_VALUES = 16;
  private static final int DEPTH = 4;

  private final ClassTree owner;
  private final MethodTree method;
  private final OtherClasses others;
  private final Map<String, List<ExpressionTree>> locals;

  private ViewResults(ClassTree owner, MethodTree method, OtherClasses others) {
    this.owner = owner;
    this.method = method;
    this.others = others;
    this.locals = StatusExpressions.assignments(method);
  }

  /**
   * The statuses a view-returning handler answers: {@code 302} (or {@code 303}, or the status set on
   * the view) with evidence {@code Location: /x} where the target is a literal, else the expression;
   * {@code 200} for a page rendered; {@code ?} for a forward or a view decided at run time.
   */
  public static List<StatusCall> of(CompilationUnitTree unit, MethodTree method, OtherClasses others) {
    if (method.getBody() == null) {
      return List.of();
    }
    return new ViewResults(StatusExpressions.owner(unit, method), method, others).read();
  }

  private List<StatusCall> read() {
    Set<StatusCall> result = new LinkedHashSet<>();
    for (ExpressionTree returned : StatusExpressions.returns(method)) {
      view(returned, result, 0);
    }
    return List.copyOf(result);
  }

  private void view(ExpressionTree returned, Set<StatusCall> out, int depth) {
    ExpressionTree expression = unwrap(returned);
    if (expression instanceof NewClassTree creation) {
      String type = creation.getIdentifier().toString();
      String simple = type.substring(type.lastIndexOf('.') + 1).replaceAll("<.*", "");
      if (simple.equals("RedirectView")) {
        redirectView(creation, out);
      } else if (simple.equals("ModelAndView") && !creation.getArguments().isEmpty()) {
        viewName(creation.getArguments().get(0), out);
      }
      return;
    }
    if (expression instanceof IdentifierTree name && locals.containsKey(name.getName().toString()) && depth < DEPTH) {
      List<ExpressionTree> assigned = locals.get(name.getName().toString());
      if (!assigned.isEmpty() && assigned.stream().allMatch(a -> unwrap(a) instanceof NewClassTree)) {
        for (ExpressionTree value : assigned) {
          view(value, out, depth + 1); // ModelAndView mav = new ModelAndView(…); …; return mav;
        }
        return;
      }
    }
    viewName(expression, out);
  }

  private void viewName(ExpressionTree expression, Set<StatusCall> out) {
    for (String name : strings(expression, new LinkedHashSet<>(), 0)) {
      if (name.startsWith("redirect:")) {
        out.add(new StatusCall("302", location(name.substring("redirect:".length()), expression)));
      } else if (name.startsWith("forward:")) {
        out.add(new StatusCall(StatusExpressions.RUN_TIME, "forward: " + printed(name.substring(8), expression)));
      } else if (name.startsWith(UNKNOWN)) {
        out.add(new StatusCall(StatusExpressions.RUN_TIME, "view " + expression));
      } else {
        out.add(new StatusCall("200", "view " + printed(name, expression)));
      }
    }
  }

  /** {@code new RedirectView(url)}: 302, or what {@code setStatusCode}/{@code setHttp10Compatible(false)} in the method make it. */
  private void redirectView(NewClassTree creation, Set<StatusCall> out) {
    List<String> urls = creation.getArguments().isEmpty() ? List.of(UNKNOWN)
        : strings(creation.getArguments().get(0), new LinkedHashSet<>(), 0);
    List<String> statuses = new ArrayList<>();
    boolean[] http11 = {false};
    StatusExpressions values = new StatusExpressions(owner, method, others, Map.of());
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select && call.getArguments().size() == 1) {
          if (select.getIdentifier().contentEquals("setStatusCode")) {
            statuses.addAll(values.values(call.getArguments().get(0)));
          } else if (select.getIdentifier().contentEquals("setHttp10Compatible")
              && call.getArguments().get(0).toString().equals("false")) {
            http11[0] = true;
          }
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(method.getBody(), null);
    if (statuses.isEmpty()) {
      statuses.add(http11[0] ? "303" : "302");
    }
    ExpressionTree target = creation.getArguments().isEmpty() ? creation : creation.getArguments().get(0);
    for (String status : statuses) {
      for (String url : urls) {
        out.add(new StatusCall(status, location(url, target)));
      }
    }
  }

  private static String location(String target, ExpressionTree expression) {
    return target.contains(UNKNOWN) ? expression.toString() : "Location: " + target;
  }

  private static String printed(String value, ExpressionTree expression) {
    return value.contains(UNKNOWN) ? expression.toString() : value;
  }

  /** The strings an expression can stand for; {@link #UNKNOWN} marks what the running code computes. */
  private List<String> strings(ExpressionTree tree, Set<String> visiting, int depth) {
    ExpressionTree expression = unwrap(tree);
    List<String> result = new ArrayList<>();
    if (depth > DEPTH) {
      result.add(UNKNOWN);
    } else if (expression instanceof LiteralTree literal && literal.getValue() instanceof String text) {
      result.add(text);
    } else if (expression instanceof BinaryTree plus && plus.getKind() == Tree.Kind.PLUS) {
      for (String left : strings(plus.getLeftOperand(), visiting, depth + 1)) {
        for (String right : strings(plus.getRightOperand(), visiting, depth + 1)) {
          if (result.size() < MAX_VALUES) {
            result.add(left + right);
          }
        }
      }
    } else if (expression instanceof ConditionalExpressionTree conditional) {
      result.addAll(strings(conditional.getTrueExpression(), visiting, depth + 1));
      result.addAll(strings(conditional.getFalseExpression(), visiting, depth + 1));
    } else if (expression instanceof IdentifierTree name && visiting.add(name.getName().toString())) {
      List<ExpressionTree> assigned = locals.get(name.getName().toString());
      VariableTree field = assigned == null ? field(owner, name.getName().toString()) : null;
      if (assigned != null && !assigned.isEmpty()) {
        assigned.forEach(value -> result.addAll(strings(value, visiting, depth + 1)));
      } else if (field != null && field.getInitializer() != null) {
        result.addAll(strings(field.getInitializer(), visiting, depth + 1));
      } else {
        result.add(UNKNOWN);
      }
      visiting.remove(name.getName().toString());
    } else if (expression instanceof MemberSelectTree constant && !(constant.getExpression() instanceof IdentifierTree id
        && (locals.containsKey(id.getName().toString()) || id.getName().contentEquals("this")))) {
      result.addAll(otherConstant(constant, visiting, depth));
    } else {
      result.add(UNKNOWN);
    }
    return result.stream().distinct().toList();
  }

  /** {@code Views.DOCUMENTS}: another class's string constant, through its initializer or its constant value. */
  private List<String> otherConstant(MemberSelectTree constant, Set<String> visiting, int depth) {
    var other = others.named(constant.getExpression().toString());
    String name = constant.getIdentifier().toString();
    if (other.isPresent() && visiting.add(other.get().name() + "." + name)) {
      try {
        VariableTree declared = other.get().tree() == null ? null : field(other.get().tree(), name);
        if (declared != null && declared.getInitializer() != null) {
          return new ViewResults(other.get().tree(), method, other.get().scope())
              .stringsInClass(declared.getInitializer(), visiting, depth + 1);
        }
        if (other.get().constants().apply(name) instanceof String text) {
          return List.of(text);
        }
      } finally {
        visiting.remove(other.get().name() + "." + name);
      }
    }
    return List.of(UNKNOWN);
  }

  /** As {@link #strings}, for a field initializer of this class: no local variables in scope. */
  private List<String> stringsInClass(ExpressionTree expression, Set<String> visiting, int depth) {
    locals.clear();
    return strings(expression, visiting, depth);
  }

  private static ExpressionTree unwrap(ExpressionTree expression) {
    ExpressionTree inner = expression;
    while (inner instanceof ParenthesizedTree parenthesized) {
      inner = parenthesized.getExpression();
    }
    return inner;
  }

  private static VariableTree field(ClassTree type, String name) {
    if (type == null) {
      return null;
    }
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree field && field.getName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }
}
