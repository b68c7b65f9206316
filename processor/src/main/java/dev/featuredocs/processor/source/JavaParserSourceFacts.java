package dev.featuredocs.processor.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.featuredocs.processor.source.MethodBody.Call;
import dev.featuredocs.processor.source.MethodBody.StatusCall;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * {@link SourceFacts} with javaparser. Each source file is parsed at most once per compilation
 * (cached by URI); a file that fails to read or parse is remembered as empty.
 */
public final class JavaParserSourceFacts implements SourceFacts {
  /** Spring's ResponseEntity and JAX-RS's Response factory methods, and the status each builds. */
  static final Map<String, String> FACTORIES = Map.ofEntries(
      Map.entry("ResponseEntity.ok", "200"),
      Map.entry("ResponseEntity.created", "201"),
      Map.entry("ResponseEntity.accepted", "202"),
      Map.entry("ResponseEntity.noContent", "204"),
      Map.entry("ResponseEntity.badRequest", "400"),
      Map.entry("ResponseEntity.notFound", "404"),
      Map.entry("ResponseEntity.unprocessableEntity", "422"),
      Map.entry("ResponseEntity.unprocessableContent", "422"),
      Map.entry("ResponseEntity.internalServerError", "500"),
      Map.entry("Response.ok", "200"),
      Map.entry("Response.created", "201"),
      Map.entry("Response.accepted", "202"),
      Map.entry("Response.noContent", "204"),
      Map.entry("Response.notModified", "304"),
      Map.entry("Response.seeOther", "303"),
      Map.entry("Response.temporaryRedirect", "307"),
      Map.entry("Response.serverError", "500"));
  /** Factories whose first argument is the status. */
  static final Set<String> STATUS_METHODS = Set.of(
      "ResponseEntity.status", "Response.status", "ProblemDetail.forStatus", "ProblemDetail.forStatusAndDetail");

  /**
   * Comments are not attributed (declarations are printed without them, and method facts ignore
   * them) and tokens are not kept (nothing prints the source back as written): the same output
   * for a fifth less allocation per parsed file.
   */
  private final JavaParser parser = new JavaParser(
      new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
          .setAttributeComments(false).setStoreTokens(false));
  private final Map<URI, Optional<CompilationUnit>> units = new HashMap<>();
  private long parseNanos;

  @Override
  public Optional<MethodBody> method(JavaFileObject file, List<String> typePath, String name, List<String> parameterTypes) {
    return unit(file).flatMap(unit -> find(unit, typePath, name, parameterTypes).map(method -> facts(unit, method)));
  }

  private Optional<CompilationUnit> unit(JavaFileObject file) {
    return units.computeIfAbsent(file.toUri(), uri -> {
      long start = System.nanoTime();
      try {
        ParseResult<CompilationUnit> result = parser.parse(file.getCharContent(true).toString());
        return result.getResult();
      } catch (IOException | RuntimeException | StackOverflowError e) {
        return Optional.empty();
      } finally {
        parseNanos += System.nanoTime() - start;
      }
    });
  }

  /** Time spent reading and parsing source files so far, for {@code -Afeaturedocs.timing}. */
  public long parseNanos() {
    return parseNanos;
  }

  /** How many source files were parsed (each at most once). */
  public int parsedFiles() {
    return units.size();
  }

  /**
   * Parses the outline alone: javaparser's cost follows the tokens, and the outline has the
   * declaration's without the file's imports, javadoc, methods and nested types.
   */
  @Override
  public Optional<TypeSource> outline(String outline) {
    long start = System.nanoTime();
    try {
      // as a member: javaparser's type-declaration start rule does not take records
      return parser.<com.github.javaparser.ast.body.BodyDeclaration<?>>parseBodyDeclaration(outline).getResult()
          .filter(TypeDeclaration.class::isInstance)
          .map(type -> declaration((TypeDeclaration<?>) type, false));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    } finally {
      parseNanos += System.nanoTime() - start;
    }
  }

  @Override
  public Optional<TypeSource> type(JavaFileObject file, List<String> typePath) {
    return unit(file).flatMap(unit -> typeDeclaration(unit, typePath)).map(type -> declaration(type, true));
  }

  /**
   * The declaration as shown: non-static fields and enum constants, no comments or bodies.
   * {@code shared}: the type is part of a cached whole-file tree, so it is printed from a copy; an
   * outline's tree is parsed for this one print and is cut down in place.
   */
  private static TypeSource declaration(TypeDeclaration<?> type, boolean shared) {
    Map<String, String> initializers = new java.util.LinkedHashMap<>();
    for (com.github.javaparser.ast.body.FieldDeclaration field : type.getFields()) {
      if (!field.isStatic()) {
        field.getVariables().forEach(v -> v.getInitializer().ifPresent(i -> initializers.put(v.getNameAsString(), i.toString())));
      }
    }
    TypeDeclaration<?> copy = shared ? type.clone() : type;
    copy.getAllContainedComments().forEach(com.github.javaparser.ast.comments.Comment::remove);
    copy.removeJavaDocComment();
    copy.getMembers().removeIf(member -> !(member instanceof com.github.javaparser.ast.body.FieldDeclaration field)
        || field.isStatic());
    if (copy instanceof com.github.javaparser.ast.body.EnumDeclaration enumeration) {
      enumeration.getEntries().forEach(entry -> entry.getClassBody().clear());
    }
    dropVolatileValues(copy);
    return new TypeSource(copy.toString().strip(), initializers);
  }

  /** Attributes of {@code @Generated} that change on every regeneration of unchanged code. */
  private static final java.util.Set<String> VOLATILE = java.util.Set.of("date", "comments");

  /**
   * {@code @Generated(value = "…", date = "2026-…")} as openapi-generator and other generators write it:
   * the date (and comments naming the generator's run) left out, so that regenerating unchanged
   * sources leaves the summary as it was.
   */
  private static void dropVolatileValues(Node declaration) {
    for (com.github.javaparser.ast.expr.NormalAnnotationExpr annotation
        : declaration.findAll(com.github.javaparser.ast.expr.NormalAnnotationExpr.class)) {
      if (annotation.getName().getIdentifier().equals("Generated")) {
        annotation.getPairs().removeIf(pair -> VOLATILE.contains(pair.getNameAsString()));
      }
    }
  }

  private static Optional<TypeDeclaration<?>> typeDeclaration(CompilationUnit unit, List<String> typePath) {
    List<? extends Node> scope = unit.getTypes();
    TypeDeclaration<?> type = null;
    for (String simpleName : typePath) {
      type = null;
      for (Node node : scope) {
        if (node instanceof TypeDeclaration<?> candidate && candidate.getNameAsString().equals(simpleName)) {
          type = candidate;
        }
      }
      if (type == null) {
        return Optional.empty();
      }
      scope = type.getMembers();
    }
    return Optional.ofNullable(type);
  }

  private static Optional<CallableDeclaration<?>> find(
      CompilationUnit unit, List<String> typePath, String name, List<String> parameterTypes) {
    Optional<TypeDeclaration<?>> found = typeDeclaration(unit, typePath);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TypeDeclaration<?> type = found.get();
    CallableDeclaration<?> byArity = null;
    for (MethodDeclaration method : type.getMethodsByName(name)) {
      if (method.getParameters().size() != parameterTypes.size()) {
        continue;
      }
      byArity = byArity == null ? method : byArity;
      if (sameTypes(method.getParameters(), parameterTypes)) {
        return Optional.of(method);
      }
    }
    return Optional.ofNullable(byArity);
  }

  private static boolean sameTypes(List<Parameter> parameters, List<String> types) {
    for (int i = 0; i < parameters.size(); i++) {
      String written = parameters.get(i).getType().asString().replaceAll("<.*>", "").replace("...", "[]");
      String simple = written.substring(written.lastIndexOf('.') + 1);
      if (!simple.equals(types.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static MethodBody facts(CompilationUnit unit, CallableDeclaration<?> method) {
    List<StatusCall> statuses = new ArrayList<>();
    List<String> created = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    method.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof MethodCallExpr call) {
        methodCall(call, statuses, calls);
      } else if (node instanceof ObjectCreationExpr creation) {
        creation(creation, statuses, created);
      } else if (node instanceof MethodReferenceExpr reference && reference.getIdentifier().equals("new")
          && reference.getScope() instanceof TypeExpr type) {
        created.add(type.getType().asString().replaceAll("<.*>", ""));
      }
    });
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<String> imports = unit.getImports().stream()
        .filter(i -> !i.isStatic())
        .map(i -> i.getNameAsString() + (i.isAsterisk() ? ".*" : ""))
        .toList();
    return new MethodBody(statuses, created, calls, pkg, imports);
  }

  private static void methodCall(MethodCallExpr call, List<StatusCall> statuses, List<Call> calls) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    String receiver = scope.map(JavaParserSourceFacts::receiver).orElse("");
    calls.add(new Call(receiver, name, call.getArguments().size()));
    if (scope.isEmpty() || !(scope.get() instanceof NameExpr owner)) {
      return;
    }
    String qualified = owner.getNameAsString() + "." + name;
    String fixed = FACTORIES.get(qualified);
    if (fixed != null) {
      statuses.add(new StatusCall(fixed, qualified + "(" + (call.getArguments().isEmpty() ? "" : "…") + ")"));
    } else if (STATUS_METHODS.contains(qualified) && !call.getArguments().isEmpty()) {
      status(call.getArgument(0)).ifPresent(s -> statuses.add(new StatusCall(s, qualified + "(" + call.getArgument(0) + (call.getArguments().size() > 1 ? ", …" : "") + ")")));
    }
  }

  private static void creation(ObjectCreationExpr creation, List<StatusCall> statuses, List<String> created) {
    ClassOrInterfaceType type = creation.getType();
    String name = type.getNameWithScope();
    created.add(name);
    if ((type.getNameAsString().equals("ResponseEntity") || type.getNameAsString().equals("ResponseStatusException"))
        && !creation.getArguments().isEmpty()) {
      for (Expression argument : creation.getArguments()) {
        Optional<String> status = status(argument);
        if (status.isPresent()) {
          statuses.add(new StatusCall(status.get(), "new " + type.getNameAsString() + "(…, " + argument + ")"));
          break;
        }
      }
    }
  }

  /** {@code HttpStatus.CREATED}, {@code Response.Status.CREATED}, {@code Status.CREATED}, {@code 201}, {@code HttpStatus.valueOf(201)}. */
  private static Optional<String> status(Expression expression) {
    if (expression instanceof FieldAccessExpr field) {
      String scope = field.getScope().toString();
      if (scope.endsWith("HttpStatus") || scope.endsWith("Status")) {
        return Optional.of(field.getNameAsString());
      }
    } else if (expression instanceof IntegerLiteralExpr number) {
      return Optional.of(number.getValue());
    } else if (expression instanceof MethodCallExpr call && call.getNameAsString().equals("valueOf")
        && call.getArguments().size() == 1 && call.getArgument(0) instanceof IntegerLiteralExpr number) {
      return Optional.of(number.getValue());
    }
    return Optional.empty();
  }

  private static String receiver(Expression scope) {
    if (scope instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (scope instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
      return field.getNameAsString();
    }
    if (scope instanceof ThisExpr) {
      return "";
    }
    return "?";
  }
}
