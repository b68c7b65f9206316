package dev.featuredocs.processor.harvest.component;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** What a type of a feature is (its role) and which of the project's types it injects. */
public final class ComponentHarvester {
  private static final Set<Role> INJECTING = Set.of(Role.CONTROLLER, Role.SERVICE, Role.COMPONENT, Role.ERROR_HANDLER,
      Role.REPOSITORY,
      Role.CONFIGURATION, Role.MAPPER, Role.FILTER, Role.INTERCEPTOR, Role.PROVIDER);
  private static final String[] EXCEPTION_MAPPERS = {"jakarta.ws.rs.ext.ExceptionMapper", "javax.ws.rs.ext.ExceptionMapper"};
  /** Servlet filters (Spring's {@code OncePerRequestFilter} is one), WebFlux filters, JAX-RS container filters. */
  private static final String[] FILTERS = {"jakarta.servlet.Filter", "javax.servlet.Filter",
    "org.springframework.web.server.WebFilter", "jakarta.ws.rs.container.ContainerRequestFilter",
    "jakarta.ws.rs.container.ContainerResponseFilter", "javax.ws.rs.container.ContainerRequestFilter",
    "javax.ws.rs.container.ContainerResponseFilter"};
  private static final String[] INTERCEPTORS = {"org.springframework.web.servlet.HandlerInterceptor",
    "org.springframework.web.context.request.WebRequestInterceptor",
    "org.springframework.http.client.ClientHttpRequestInterceptor",
    "jakarta.ws.rs.ext.ReaderInterceptor", "jakarta.ws.rs.ext.WriterInterceptor",
    "javax.ws.rs.ext.ReaderInterceptor", "javax.ws.rs.ext.WriterInterceptor"};
  private static final String[] INTERCEPTOR_ANNOTATIONS = {"jakarta.interceptor.Interceptor", "javax.interceptor.Interceptor"};
  private static final String[] MAPPERS = {"org.mapstruct.Mapper"};
  private static final String[] PANACHE_REPOSITORIES = {"io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
    "io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase"};
  private static final String[] CONFIGURATION_PROPERTIES = {
    "org.springframework.boot.context.properties.ConfigurationProperties", "io.smallrye.config.ConfigMapping"};

  private final Types types;
  private final SourcePaths sources;
  private Implementations implementations = Implementations.NONE;

  public ComponentHarvester(Types types, SourcePaths sources) {
    this.types = types;
    this.sources = sources;
  }

  /**
   * The role of {@code type}, most specific first: a servlet filter annotated {@code @Component} is a
   * filter; an interface or abstract class that beans of the compilation implement is a service, and so
   * is a {@code @Component} implementing one (an adapter of a port). A type of no other role is a
   * {@link Role#MODEL}; whether it really crosses the HTTP boundary is for the summary to decide.
   */
  public Role role(TypeElement type) {
    if (Mirrors.isAnnotated(type, Names.SPRING_CONTROLLER_ADVICE) || isSubtypeOfAny(type, EXCEPTION_MAPPERS)) {
      return Role.ERROR_HANDLER;
    }
    if (Mirrors.isAnnotated(type, Names.SPRING_CONTROLLER) || Mirrors.hasAny(type, Names.JAXRS_PATH)) {
      return Role.CONTROLLER;
    }
    if (isSubtypeOfAny(type, FILTERS)) {
      return Role.FILTER;
    }
    if (isSubtypeOfAny(type, INTERCEPTORS) || Mirrors.hasAny(type, INTERCEPTOR_ANNOTATIONS)) {
      return Role.INTERCEPTOR;
    }
    if (Mirrors.hasAny(type, Names.JAXRS_PROVIDER)) {
      return Role.PROVIDER;
    }
    if (Mirrors.isAnnotated(type, Names.SPRING_REPOSITORY) || isSubtype(type, Names.SPRING_DATA_REPOSITORY)
        || isSubtypeOfAny(type, PANACHE_REPOSITORIES)) {
      return Role.REPOSITORY;
    }
    if (Mirrors.hasAny(type, Names.JPA_ENTITY)) {
      return Role.ENTITY;
    }
    if (Mirrors.hasAny(type, MAPPERS)) {
      return Role.MAPPER;
    }
    if (Mirrors.hasAny(type, CONFIGURATION_PROPERTIES)) {
      return Role.CONFIGURATION_PROPERTIES;
    }
    if (Mirrors.isAnnotated(type, Names.SPRING_CONFIGURATION)) {
      return Role.CONFIGURATION;
    }
    if (Mirrors.isAnnotated(type, Names.SPRING_SERVICE) || Mirrors.hasAny(type, Names.CDI_BEAN)
        || implementations.isImplemented(type)) {
      return Role.SERVICE;
    }
    if (Mirrors.isAnnotated(type, Names.SPRING_COMPONENT)) {
      return implementations.contractsOf(type).isEmpty() ? Role.COMPONENT : Role.SERVICE;
    }
    if (isSubtype(type, "java.lang.Throwable")) {
      return Role.EXCEPTION;
    }
    return Role.MODEL;
  }

  /** Uses {@code implementations} from now on: the compilation's beans are known once its rounds are collected. */
  public void use(Implementations implementations) {
    this.implementations = implementations;
  }

  /** The beans of the compilation implementing the interfaces and abstract classes features inject. */
  public Implementations implementations() {
    return implementations;
  }

  /**
   * The project's own types that a bean of this role injects, through its constructor (the one
   * marked for injection, else the only one) or through fields marked for injection; for an
   * interface or abstract class, the beans implementing it. Types from libraries are left out: they
   * are not part of any feature.
   */
  public List<TypeElement> injected(TypeElement type, Role role) {
    return injected(type, role, true);
  }

  /**
   * {@code fromSourceOnly = false}: the injected types that are class files too, such as another
   * module's service (for fragments).
   */
  public List<TypeElement> injected(TypeElement type, Role role, boolean fromSourceOnly) {
    if (!INJECTING.contains(role)) {
      return List.of();
    }
    List<TypeMirror> candidates = new ArrayList<>();
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    List<ExecutableElement> marked = constructors.stream().filter(c -> Mirrors.hasAny(c, Names.INJECT)).toList();
    List<ExecutableElement> injecting = !marked.isEmpty() ? marked : constructors.size() == 1 ? constructors : List.of();
    for (ExecutableElement constructor : injecting) {
      for (VariableElement parameter : constructor.getParameters()) {
        candidates.add(parameter.asType());
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (Mirrors.hasAny(field, Names.INJECT)) {
        candidates.add(field.asType());
      }
    }
    Set<TypeElement> result = new LinkedHashSet<>();
    // an interface or abstract class "depends on" what runs behind it: its implementations
    candidates.addAll(implementations.of(type).stream().map(TypeElement::asType).toList());
    for (TypeMirror candidate : candidates) {
      TypeElement dependency = unwrap(candidate);
      if (dependency != null && !dependency.equals(type)
          && (!fromSourceOnly || sources.relativePath(dependency).isPresent())) {
        result.add(dependency);
      }
    }
    return List.copyOf(result);
  }

  /** The public instance methods declared by the type, in source order, as signatures. */
  public List<String> publicMethods(TypeElement type) {
    List<String> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      boolean isPublic = modifiers.contains(Modifier.PUBLIC) || type.getKind() == ElementKind.INTERFACE;
      if (isPublic && !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE)) {
        result.add(Labels.signature(method));
      }
    }
    return result;
  }

  private TypeElement unwrap(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    for (String provider : Names.PROVIDERS) {
      if (provider.equals(name)) {
        return declared.getTypeArguments().isEmpty() ? null : unwrap(declared.getTypeArguments().get(0));
      }
    }
    return element;
  }

  private boolean isSubtypeOfAny(TypeElement type, String... qualifiedNames) {
    for (String name : qualifiedNames) {
      if (isSubtype(type, name)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSubtype(TypeElement type, String qualifiedName) {
    return supertypes.computeIfAbsent(type, t -> {
      Set<String> names = new HashSet<>();
      collectSupertypes(t.asType(), names);
      return names;
    }).contains(qualifiedName);
  }

  /**
   * Each type's supertypes by qualified name, walked once: {@link #role} asks a type for some twenty
   * supertypes, and every walk went up the whole hierarchy again (3 % of the processor's time).
   * This harvester lives for one harvest, so the elements it keys by do not outlive their round.
   */
  private final java.util.Map<TypeElement, Set<String>> supertypes = new java.util.HashMap<>();

  private void collectSupertypes(TypeMirror type, Set<String> names) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (types.asElement(supertype) instanceof TypeElement superElement
          && names.add(superElement.getQualifiedName().toString())) {
        collectSupertypes(supertype, names);
      }
    }
  }
}
