package dev.featuredocs.processor.harvest.schema;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** How web frameworks see Java types: wrappers around bodies, simple values, framework-injected arguments. */
public final class WebTypes {
  /** Wrappers whose type argument is the body; the boolean says whether the body becomes an array. */
  private static final Set<String> SINGLE_WRAPPERS = Set.of(
      "org.springframework.http.ResponseEntity", "org.springframework.http.HttpEntity",
      "org.springframework.http.RequestEntity", "reactor.core.publisher.Mono",
      "java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage",
      "java.util.concurrent.Callable", "java.util.Optional",
      "org.springframework.web.context.request.async.DeferredResult",
      "org.springframework.web.context.request.async.WebAsyncTask");
  private static final Set<String> MANY_WRAPPERS = Set.of("reactor.core.publisher.Flux");

  /** Arguments the framework supplies itself; they are not HTTP parameters. */
  private static final Set<String> INJECTED = Set.of(
      "jakarta.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletResponse",
      "jakarta.servlet.ServletRequest", "jakarta.servlet.ServletResponse", "jakarta.servlet.http.HttpSession",
      "javax.servlet.http.HttpServletRequest", "javax.servlet.http.HttpServletResponse",
      "org.springframework.web.server.ServerWebExchange",
      "org.springframework.http.server.reactive.ServerHttpRequest",
      "org.springframework.http.server.reactive.ServerHttpResponse",
      "org.springframework.web.context.request.WebRequest", "org.springframework.web.context.request.NativeWebRequest",
      "org.springframework.ui.Model", "org.springframework.ui.ModelMap",
      "org.springframework.validation.BindingResult", "org.springframework.validation.Errors",
      "org.springframework.web.util.UriComponentsBuilder",
      "org.springframework.web.servlet.support.ServletUriComponentsBuilder",
      "org.springframework.web.bind.support.SessionStatus", "org.springframework.http.HttpMethod",
      "org.springframework.security.core.Authentication", "java.security.Principal",
      "java.util.Locale", "java.util.TimeZone", "java.time.ZoneId", "java.io.InputStream", "java.io.OutputStream",
      "java.io.Reader", "java.io.Writer");

  private static final Set<String> SIMPLE = Set.of(
      "java.lang.String", "java.lang.CharSequence", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte",
      "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
      "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "java.net.URI", "java.net.URL",
      "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
      "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Duration", "java.time.Year",
      "java.time.YearMonth", "java.util.Date");

  private final Types types;

  public WebTypes(Types types) {
    this.types = types;
  }

  public static String name(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** A body type with its wrappers removed; {@code many} when a {@code Flux} makes it a stream of items. */
  public record Unwrapped(TypeMirror type, boolean many) {}

  public Unwrapped unwrap(TypeMirror type) {
    boolean many = false;
    TypeMirror current = type;
    for (int guard = 0; guard < 8 && current.getKind() == TypeKind.DECLARED; guard++) {
      String name = name(current);
      DeclaredType declared = (DeclaredType) current;
      if ((SINGLE_WRAPPERS.contains(name) || MANY_WRAPPERS.contains(name)) && !declared.getTypeArguments().isEmpty()) {
        many |= MANY_WRAPPERS.contains(name);
        current = declared.getTypeArguments().get(0);
        if (current.getKind() == TypeKind.WILDCARD) {
          TypeMirror bound = ((javax.lang.model.type.WildcardType) current).getExtendsBound();
          current = bound == null ? types.getNullType() : bound;
        }
      } else {
        break;
      }
    }
    return new Unwrapped(current, many);
  }

  /** No body: {@code void}, {@code Void}, a raw wrapper. */
  public static boolean isNoBody(TypeMirror type) {
    return type.getKind() == TypeKind.VOID || type.getKind() == TypeKind.NULL
        || name(type).equals("java.lang.Void");
  }

  public boolean isInjected(TypeMirror type) {
    if (INJECTED.contains(name(types.erasure(type)))) {
      return true;
    }
    return type.getKind() == TypeKind.DECLARED && implementsAny(type, Set.of("java.security.Principal"));
  }

  /** Values a framework binds from a single string: primitives, boxes, text, numbers, dates, enums. */
  public boolean isSimple(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return isSimple(((javax.lang.model.type.ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.ENUM || SIMPLE.contains(name(type));
  }

  public boolean implementsAny(TypeMirror type, Set<String> names) {
    if (names.contains(name(types.erasure(type)))) {
      return true;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (implementsAny(supertype, names)) {
        return true;
      }
    }
    return false;
  }

  public boolean isThrowable(TypeMirror type) {
    return implementsAny(type, Set.of("java.lang.Throwable"));
  }
}
