package dev.featuredocs.processor.harvest.web;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.source.MethodBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The body type of a handler whose signature hides it ({@code Response}, {@code ResponseEntity<?>},
 * {@code Object}, or a {@code String} of JSON), read from its success {@code return}:
 * {@code Response.ok(view)}, {@code Response.status(…).entity(view)}, {@code ResponseEntity.ok(view)},
 * {@code ResponseEntity.ok().body(view)}, {@code new ResponseEntity<>(view, status)},
 * {@code objectMapper.writeValueAsString(view)} (directly or through a local), or a plain {@code return view}.
 *
 * <p>The trees are not attributed while processors run, so the type of {@code view} comes from
 * what declares it: a parameter, a local's declared type (or its initializer for {@code var}), a field,
 * {@code new T(…)}, a cast, or the return type of a method called on one of those. Returns that
 * answer an error status ({@code status(NOT_FOUND)}, {@code badRequest()}) are not the success body.
 */
final class ResponseBodies {
  private static final Set<String> BODY_CALLS = Set.of("entity", "body", "ok", "writeValueAsString", "writeValueAsBytes");
  private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection",
      "java.lang.Iterable");
  private static final Pattern ERROR = Pattern.compile(
      "status\\(\\s*(?:[\\w.]*\\.)?(?:BAD_|NOT_|UNAUTHORIZED|FORBIDDEN|CONFLICT|GONE|INTERNAL|SERVICE_|UNPROCESSABLE|[45]\\d\\d)"
          + "|\\b(?:badRequest|notFound|internalServerError|unprocessableEntity|noContent)\\(");

  private final SourcePaths sources;
  private final MethodBodies bodies;
  private final Types types;
  private final Elements elements;

  ResponseBodies(SourcePaths sources, MethodBodies bodies, Types types, Elements elements) {
    this.sources = sources;
    this.bodies = bodies;
    this.types = types;
    this.elements = elements;
  }

  /** The success body's type ({@code List<T>} for a collection), if a return shows it. */
  Optional<TypeMirror> of(ExecutableElement handler) {
    return of(handler, false);
  }

  /**
   * The body type of an exception handler or mapper: its returns answer error statuses, so none is
   * passed over for building one.
   */
  Optional<TypeMirror> ofErrorHandler(ExecutableElement handler) {
    return of(handler, true);
  }

  private Optional<TypeMirror> of(ExecutableElement handler, boolean error) {
    Optional<MethodTree> tree = sources.method(handler).flatMap(SourcePaths.MethodSource::tree);
    Optional<MethodBody> body = bodies.body(handler);
    if (tree.isEmpty() || tree.get().getBody() == null || body.isEmpty()) {
      return Optional.empty();
    }
    Map<String, VariableTree> locals = new HashMap<>();
    List<ExpressionTree> returns = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        locals.putIfAbsent(variable.getName().toString(), variable);
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitReturn(ReturnTree ret, Void unused) {
        if (ret.getExpression() != null) {
          returns.add(ret.getExpression());
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null; // a lambda's return is not the handler's
      }

      @Override
      public Void visitClass(ClassTree type, Void unused) {
        return null;
      }
    }.scan(tree.get().getBody(), null);
    Context context = new Context(handler, locals, body.get(), (TypeElement) handler.getEnclosingElement());
    for (ExpressionTree returned : returns) {
      if (!error && ERROR.matcher(returned.toString()).find()) {
        continue;
      }
      Optional<TypeMirror> type = payload(returned, context, 0).flatMap(p -> typeOf(p, context, 0));
      if (type.isPresent() && type.get().getKind() == TypeKind.DECLARED && !isOpaque(type.get())) {
        return type;
      }
    }
    return Optional.empty();
  }

  private record Context(ExecutableElement handler, Map<String, VariableTree> locals, MethodBody body, TypeElement owner) {}

  /** The expression that becomes the body: the argument of the body call in a builder chain, or the value itself. */
  private Optional<ExpressionTree> payload(ExpressionTree expression, Context context, int depth) {
    if (depth > 4) {
      return Optional.empty();
    }
    for (ExpressionTree current = expression; current instanceof MethodInvocationTree call; ) {
      String name = name(call.getMethodSelect());
      if (BODY_CALLS.contains(name) && !call.getArguments().isEmpty()) {
        ExpressionTree argument = call.getArguments().get(0);
        return payload(argument, context, depth + 1).or(() -> Optional.of(argument));
      }
      current = call.getMethodSelect() instanceof MemberSelectTree select ? select.getExpression() : null;
    }
    if (expression instanceof NewClassTree created && created.getIdentifier().toString().startsWith("ResponseEntity")) {
      return created.getArguments().isEmpty() || created.getArguments().size() == 1
          && created.getArguments().get(0).toString().matches(".*(HttpStatus|HttpStatusCode)\\..*")
          ? Optional.empty() : Optional.of(created.getArguments().get(0));
    }
    if (expression instanceof IdentifierTree identifier) {
      VariableTree local = context.locals().get(identifier.getName().toString());
      if (local != null && local.getInitializer() != null && local.getInitializer() instanceof MethodInvocationTree) {
        Optional<ExpressionTree> inner = payload(local.getInitializer(), context, depth + 1);
        if (inner.isPresent() && !inner.get().equals(local.getInitializer())) {
          return inner;
        }
      }
    }
    return Optional.of(expression);
  }

  private Optional<TypeMirror> typeOf(ExpressionTree expression, Context context, int depth) {
    if (depth > 4) {
      return Optional.empty();
    }
    if (expression instanceof NewClassTree created) {
      return written(created.getIdentifier(), context);
    }
    if (expression instanceof TypeCastTree cast) {
      return written(cast.getType(), context);
    }
    if (expression instanceof IdentifierTree identifier) {
      String name = identifier.getName().toString();
      VariableTree local = context.locals().get(name);
      if (local != null) {
        boolean inferred = local.getType() == null || local.getType().toString().equals("var");
        return inferred ? Optional.ofNullable(local.getInitializer()).flatMap(i -> typeOf(i, context, depth + 1))
            : written(local.getType(), context);
      }
      for (VariableElement parameter : context.handler().getParameters()) {
        if (parameter.getSimpleName().contentEquals(name)) {
          return Optional.of(parameter.asType());
        }
      }
      return field(context.owner(), name);
    }
    if (expression instanceof MemberSelectTree select && select.getExpression().toString().equals("this")) {
      return field(context.owner(), select.getIdentifier().toString());
    }
    if (expression instanceof MethodInvocationTree call) {
      Optional<TypeElement> receiver;
      String method = name(call.getMethodSelect());
      if (call.getMethodSelect() instanceof MemberSelectTree select) {
        receiver = typeOf(select.getExpression(), context, depth + 1)
            .filter(t -> t.getKind() == TypeKind.DECLARED).map(t -> (TypeElement) ((DeclaredType) t).asElement())
            .or(() -> bodies.resolve(select.getExpression().toString(), context.body(), context.owner())); // static call
      } else {
        receiver = Optional.of(context.owner());
      }
      return receiver.flatMap(type -> ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
          .filter(m -> m.getSimpleName().contentEquals(method) && m.getParameters().size() == call.getArguments().size())
          .findFirst()).map(ExecutableElement::getReturnType).filter(t -> t.getKind() == TypeKind.DECLARED);
    }
    return Optional.empty();
  }

  private Optional<TypeMirror> field(TypeElement owner, String name) {
    return ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
        .filter(f -> f.getSimpleName().contentEquals(name)).findFirst().map(VariableElement::asType);
  }

  /** A type as written ({@code DocumentView}, {@code List<DocumentView>}), resolved against the handler's file. */
  private Optional<TypeMirror> written(Tree type, Context context) {
    if (type instanceof ParameterizedTypeTree generic) {
      Optional<TypeElement> raw = bodies.resolve(generic.getType().toString(), context.body(), context.owner());
      if (raw.isPresent() && COLLECTIONS.contains(raw.get().getQualifiedName().toString())
          && generic.getTypeArguments().size() == 1) {
        return written(generic.getTypeArguments().get(0), context)
            .map(item -> types.getDeclaredType(elements.getTypeElement("java.util.List"), item));
      }
      return raw.map(TypeElement::asType);
    }
    return bodies.resolve(type.toString(), context.body(), context.owner()).map(TypeElement::asType);
  }

  private static boolean isOpaque(TypeMirror type) {
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return name.endsWith(".ws.rs.core.Response") || name.equals("org.springframework.http.ResponseEntity")
        || name.equals("java.lang.Object") || name.equals("java.lang.String");
  }

  private static String name(ExpressionTree select) {
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier().toString();
    }
    return select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
  }
}
