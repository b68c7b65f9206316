package dev.featuredocs.processor.harvest.security;

import dev.featuredocs.processor.harvest.config.BasePaths;
import dev.featuredocs.processor.harvest.config.Conditions;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.harvest.web.EndpointHarvester;
import dev.featuredocs.processor.model.security.AccessDoc;
import dev.featuredocs.processor.model.security.AuthDoc;
import dev.featuredocs.processor.model.security.ErrorMappingDoc;
import dev.featuredocs.processor.model.security.InputDoc;
import dev.featuredocs.processor.model.security.SecurityDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import dev.featuredocs.processor.model.web.StatusDoc;
import dev.featuredocs.processor.source.SecurityChain;
import dev.featuredocs.processor.source.SecurityChainFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Security Considerations: input validation per endpoint, the authentication configured in code,
 * who may call each endpoint, and what error handling does with exceptions.
 *
 * <p>Security configuration is application-wide and usually belongs to no feature: the classes are
 * those the rounds found carrying {@code @Configuration} or a Spring Security {@code @Enable…}
 * annotation ({@code RoundCollector}), read once here, not per feature.
 */
public final class SecurityHarvester {
  public static final List<String> CONFIG_ANNOTATIONS = List.of(
      Names.SPRING_CONFIGURATION,
      "org.springframework.security.config.annotation.web.configuration.EnableWebSecurity",
      "org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity",
      "org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity",
      "org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity",
      "org.springframework.security.config.annotation.method.configuration.EnableGlobalMethodSecurity",
      "jakarta.ws.rs.ApplicationPath", "javax.ws.rs.ApplicationPath");
  /** JAX-RS {@code Application} classes carry these: collected with the configurations, read for base paths. */
  public static final List<String> APPLICATION_PATHS = CONFIG_ANNOTATIONS.subList(6, 8);
  private static final List<String> METHOD_SECURITY = CONFIG_ANNOTATIONS.subList(3, 6);
  private static final List<String> CHAIN_TYPES = List.of("org.springframework.security.web.SecurityFilterChain",
      "org.springframework.security.web.server.SecurityWebFilterChain");
  private static final List<String> SECURITY_CONTEXT =
      List.of("jakarta.ws.rs.core.SecurityContext", "javax.ws.rs.core.SecurityContext");
  private static final Map<String, String> MECHANISMS = Map.ofEntries(
      Map.entry("httpBasic", "HTTP Basic"), Map.entry("formLogin", "form login (session cookie)"),
      Map.entry("oauth2ResourceServer", "OAuth2 resource server (bearer tokens)"),
      Map.entry("jwt", "JWT bearer tokens"), Map.entry("opaqueToken", "opaque bearer tokens (introspection)"),
      Map.entry("oauth2Login", "OAuth2 / OpenID Connect login"), Map.entry("saml2Login", "SAML 2 login"),
      Map.entry("x509", "X.509 client certificates"), Map.entry("rememberMe", "remember-me cookie"),
      Map.entry("oneTimeTokenLogin", "one-time token login"), Map.entry("webAuthn", "WebAuthn (passkeys)"));

  /** A request rule of a filter chain, with the bean method it is in. */
  record ChainRule(SecurityChain.Rule rule, String source) {}

  private final Mirrors mirrors;
  private final List<AuthDoc> authentication = new ArrayList<>();
  private final List<ChainRule> rules = new ArrayList<>();
  private final ActiveConfigurations active;
  private final BasePaths basePaths;
  private final HttpPermissions permissions;
  private final NameBindings bindings;
  /** Method security is switched on only by configurations the app does not run: its annotations are not enforced. */
  private final String methodSecurityOff;

  /**
   * Reads the configurations the app runs as configured ({@code conditions} over the app's
   * properties); inactive ones are named in the summary with what would switch them on, and add nothing else.
   */
  public SecurityHarvester(Mirrors mirrors, SourcePaths sources, Collection<TypeElement> configurations,
      Conditions conditions, BasePaths basePaths, Collection<TypeElement> providers) {
    this.mirrors = mirrors;
    this.bindings = new NameBindings(providers, sources);
    this.basePaths = basePaths;
    this.active = new ActiveConfigurations(conditions, configurations, CHAIN_TYPES);
    String inactiveMethodSecurity = "";
    boolean methodSecurityOn = false;
    for (TypeElement config : configurations) {
      for (String annotation : METHOD_SECURITY) {
        if (Mirrors.find(config, annotation).isPresent() && !active.runs(config)) {
          inactiveMethodSecurity = "@" + simple(annotation) + " is on " + Labels.typeName(config) + ", which is inactive";
        }
      }
      if (!active.runs(config)) {
        continue;
      }
      for (String annotation : METHOD_SECURITY) {
        Optional<AnnotationMirror> enabling = Mirrors.find(config, annotation);
        methodSecurityOn |= enabling.isPresent();
        enabling.ifPresent(m -> authentication.add(
            new AuthDoc(methodSecurity(m), "@" + simple(annotation) + " on " + Labels.typeName(config))));
      }
      for (ExecutableElement method : ElementFilter.methodsIn(config.getEnclosedElements())) {
        if (!CHAIN_TYPES.contains(WebTypes.name(method.getReturnType())) || !active.runs(method)) {
          continue;
        }
        String source = Labels.member(method);
        Optional<SecurityChain> chain = sources.method(method).flatMap(SourcePaths.MethodSource::tree)
            .map(SecurityChainFacts::read);
        if (chain.isEmpty()) {
          authentication.add(new AuthDoc("a security filter chain (its body is not readable here)", source));
          continue;
        }
        List<String> mechanisms = new ArrayList<>(chain.get().mechanisms());
        for (String token : List.of("jwt", "opaqueToken")) {
          // configured inside oauth2ResourceServer(…): one mechanism, said once
          if (mechanisms.contains("oauth2ResourceServer") && mechanisms.remove(token)) {
            mechanisms.set(mechanisms.indexOf("oauth2ResourceServer"), "oauth2ResourceServer+" + token);
          }
        }
        for (String mechanism : mechanisms) {
          String[] parts = mechanism.split("\\+");
          String text = MECHANISMS.get(parts[0]);
          authentication.add(new AuthDoc(parts.length == 1 ? text
              : "OAuth2 resource server with " + MECHANISMS.get(parts[1]), source));
        }
        if (chain.get().stateless()) {
          authentication.add(new AuthDoc("stateless: no session, every request carries its credentials", source));
        }
        chain.get().rules().forEach(rule -> rules.add(new ChainRule(rule, source)));
      }
    }
    this.methodSecurityOff = methodSecurityOn ? "" : inactiveMethodSecurity;
    this.permissions = new HttpPermissions(conditions.properties());
    authentication.addAll(AuthProperties.of(conditions.properties(), !rules.isEmpty()
        || authentication.stream().anyMatch(a -> a.source().contains("#"))));
  }

  private String methodSecurity(AnnotationMirror mirror) {
    List<String> kinds = new ArrayList<>();
    boolean reactive = Mirrors.name(mirror).endsWith("EnableReactiveMethodSecurity");
    if (reactive || flag(mirror, "prePostEnabled")) {
      kinds.add("@PreAuthorize/@PostAuthorize");
    }
    if (flag(mirror, "securedEnabled")) {
      kinds.add("@Secured");
    }
    if (flag(mirror, "jsr250Enabled")) {
      kinds.add("@RolesAllowed/@PermitAll/@DenyAll");
    }
    return "method security: " + (kinds.isEmpty() ? "no annotation kind enabled" : String.join(", ", kinds) + " enforced");
  }

  /** A boolean attribute with its default; false when this annotation has no such attribute. */
  private boolean flag(AnnotationMirror mirror, String attribute) {
    try {
      return Boolean.TRUE.equals(mirrors.value(mirror, attribute).getValue());
    } catch (IllegalArgumentException noSuchAttribute) {
      return false;
    }
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  public SecurityDoc of(List<EndpointHarvester.Harvested> endpoints, Collection<TypeElement> featureTypes,
      List<ErrorMappingDoc> errors) {
    List<EndpointHarvester.Harvested> sorted = new ArrayList<>(endpoints);
    sorted.sort(java.util.Comparator.comparing(EndpointHarvester.Harvested::endpoint, EndpointHarvester.order()));
    List<InputDoc> inputs = new ArrayList<>();
    List<AccessDoc> access = new ArrayList<>();
    for (EndpointHarvester.Harvested harvested : sorted) {
      EndpointDoc endpoint = harvested.endpoint();
      inputs.add(input(endpoint));
      access.add(access(endpoint, bindings.of(harvested.handler())));
    }
    List<AuthDoc> auth = new ArrayList<>(authentication);
    auth.addAll(securityContexts(featureTypes));
    return new SecurityDoc(inputs, auth, access, errors, active.docs());
  }

  static String label(EndpointDoc endpoint) {
    return endpoint.method() + " " + endpoint.path();
  }

  private static InputDoc input(EndpointDoc endpoint) {
    List<String> parts = new ArrayList<>();
    if (endpoint.request() != null) {
      parts.add("body " + endpoint.request().type());
    }
    int parameters = endpoint.parameters().size();
    long constrained = endpoint.parameters().stream().filter(p -> !p.constraints().isEmpty()).count();
    if (parameters > 0) {
      parts.add(parameters + (parameters == 1 ? " parameter" : " parameters")
          + (constrained > 0 ? " (" + constrained + " constrained)" : ""));
    }
    String input = parts.isEmpty() ? "nothing" : String.join("; ", parts);
    boolean validated = endpoint.request() == null || endpoint.request().validated();
    String how;
    if (endpoint.request() != null) {
      how = validated ? "body validated (@Valid)" : "body not validated: no @Valid or @Validated on it";
    } else if (parameters > 0) {
      how = "parameters converted to their declared types by the framework"
          + (constrained > 0 ? ", constraints checked" : "");
    } else {
      how = "no input";
    }
    return new InputDoc(label(endpoint), endpoint.handler(), input, validated, how);
  }

  private AccessDoc access(EndpointDoc endpoint, Optional<NameBindings.Binding> binding) {
    EndpointDoc mapped = endpoint.withPath(basePaths.mapped(endpoint.path()));
    Optional<ChainRule> chain = rules.stream().filter(r -> matches(r.rule(), mapped)).findFirst()
        .or(() -> permissions.decide(endpoint.method(), basePaths.full(endpoint.path()))
            .map(d -> new ChainRule(new SecurityChain.Rule(endpoint.method(), d.permission().paths(),
                d.permission().rule(), ""), d.source())));
    String chainSource = chain.map(r -> r.rule().matcher().isEmpty() ? r.source()
        : r.source() + ": " + r.rule().matcher() + "." + r.rule().rule()).orElse("");
    if (!endpoint.security().isEmpty() && !methodSecurityOff.isEmpty()) {
      return new AccessDoc(label(endpoint), endpoint.handler(), chain.map(r -> r.rule().rule()).orElse(""),
          (chainSource.isEmpty() ? "" : chainSource + "; ") + endpoint.security() + " not enforced: " + methodSecurityOff,
          chain.map(r -> r.rule().rule().equals("permitAll()")).orElse(false));
    }
    if (!endpoint.security().isEmpty()) {
      String annotation = endpoint.security();
      // open only when nothing before it closes the path: a filter-chain rule or an HTTP permission runs first
      boolean open = (annotation.startsWith("@PermitAll") || annotation.contains("permitAll()"))
          && chain.map(r -> r.rule().rule().equals("permitAll()") || r.rule().rule().equals("permit")).orElse(true);
      return new AccessDoc(label(endpoint), endpoint.handler(), annotation,
          "method security" + (chainSource.isEmpty() ? "" : "; before it " + chainSource), open);
    }
    if (binding.isPresent()) {
      return new AccessDoc(label(endpoint), endpoint.handler(), binding.get().rule(),
          binding.get().source() + (chainSource.isEmpty() ? "" : "; before it " + chainSource), false);
    }
    if (chain.isPresent()) {
      String rule = chain.get().rule().rule();
      return new AccessDoc(label(endpoint), endpoint.handler(), rule, chainSource,
          rule.equals("permitAll()") || rule.equals("permit"));
    }
    return new AccessDoc(label(endpoint), endpoint.handler(), "", "", false);
  }

  /**
   * The endpoint with the statuses the filter chain answers before any handler runs: 401 for a
   * caller without credentials where the first matching rule requires authentication, and 403
   * where it requires a role or authority (or denies everyone). Statuses method security already
   * gives are not repeated.
   */
  public EndpointHarvester.Harvested withChainStatuses(EndpointHarvester.Harvested harvested) {
    EndpointDoc endpoint = harvested.endpoint();
    Optional<ChainRule> chain = rules.stream().filter(r -> matches(r.rule(), endpoint)).findFirst();
    if (chain.isEmpty()) {
      return harvested;
    }
    String rule = chain.get().rule().rule();
    String name = rule.contains("(") ? rule.substring(0, rule.indexOf('(')) : rule;
    if (!CHAIN_AUTHENTICATES.contains(name)) {
      return harvested; // permitAll(), anonymous(), hasIpAddress(…): no credentials asked for
    }
    String source = chain.get().source() + ": " + chain.get().rule().matcher() + "." + rule;
    List<StatusDoc> statuses = new ArrayList<>(endpoint.statuses());
    if (statuses.stream().noneMatch(s -> s.code() == 401)) {
      statuses.add(new StatusDoc(401, false, "not authenticated", "", source));
    }
    boolean forbids = !name.equals("authenticated") && !name.equals("fullyAuthenticated") && !name.equals("rememberMe");
    if (forbids && statuses.stream().noneMatch(s -> s.code() == 403)) {
      statuses.add(new StatusDoc(403, false, name.equals("denyAll") ? "denied to everyone" : "not authorised", "", source));
    }
    statuses.sort(EndpointHarvester.statusOrder());
    EndpointDoc amended = new EndpointDoc(endpoint.method(), endpoint.path(), endpoint.purpose(), endpoint.handler(),
        endpoint.security(), endpoint.consumes(), endpoint.produces(), endpoint.parameters(), endpoint.request(),
        endpoint.response(), statuses);
    return harvested.with(amended);
  }

  /** Rules that turn a caller without credentials away with 401. */
  private static final java.util.Set<String> CHAIN_AUTHENTICATES = java.util.Set.of("authenticated", "fullyAuthenticated",
      "rememberMe", "hasRole", "hasAnyRole", "hasAuthority", "hasAnyAuthority", "access", "denyAll");

  /** Whether a filter-chain rule applies to the endpoint: its HTTP method, and a path pattern that matches every request to it. */
  static boolean matches(SecurityChain.Rule rule, EndpointDoc endpoint) {
    if (!rule.method().isEmpty() && !rule.method().equals(endpoint.method())) {
      return false;
    }
    if (rule.patterns().isEmpty()) {
      return true;
    }
    return rule.patterns().stream().anyMatch(p -> PathPatterns.covers(p, endpoint.path()));
  }

  private List<AuthDoc> securityContexts(Collection<TypeElement> types) {
    List<AuthDoc> result = new ArrayList<>();
    for (TypeElement type : types) {
      for (Element member : type.getEnclosedElements()) {
        List<VariableElement> candidates = new ArrayList<>();
        if (member instanceof VariableElement field) {
          candidates.add(field);
        } else if (member instanceof ExecutableElement method) {
          candidates.addAll(method.getParameters());
        }
        if (candidates.stream().anyMatch(v -> SECURITY_CONTEXT.contains(WebTypes.name(v.asType())))) {
          result.add(new AuthDoc("JAX-RS SecurityContext: the container authenticates, the code reads the caller",
              Labels.member(member)));
        }
      }
    }
    return result;
  }
}
