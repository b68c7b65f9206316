package dev.featuredocs.processor.source;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a Spring Security {@code SecurityFilterChain} (or WebFlux {@code SecurityWebFilterChain})
 * bean method from javac's tree: the authentication configurers it calls and its request rules.
 *
 * <p>Calls are read innermost first, which for the builder chains Spring Security's DSL is made of
 * ({@code requests.requestMatchers("/a").permitAll().anyRequest().authenticated()}) is source order;
 * a matcher call is paired with the rule call that follows it.
 */
public final class SecurityChainFacts {
  private static final Set<String> MECHANISMS = Set.of("httpBasic", "formLogin", "oauth2ResourceServer", "jwt",
      "opaqueToken", "oauth2Login", "saml2Login", "x509", "rememberMe", "oneTimeTokenLogin", "webAuthn");
  private static final Set<String> MATCHERS = Set.of("requestMatchers", "antMatchers", "mvcMatchers", "pathMatchers",
      "regexMatchers");
  private static final Set<String> ANY = Set.of("anyRequest", "anyExchange");
  private static final Set<String> RULES = Set.of("permitAll", "denyAll", "authenticated", "fullyAuthenticated",
      "anonymous", "rememberMe", "hasRole", "hasAnyRole", "hasAuthority", "hasAnyAuthority", "access", "hasIpAddress",
      "not");

  private SecurityChainFacts() {}

  public static SecurityChain read(MethodTree method) {
    Scanner scanner = new Scanner();
    scanner.scan(method.getBody(), null);
    return new SecurityChain(List.copyOf(scanner.mechanisms), scanner.stateless, scanner.rules);
  }

  private static final class Scanner extends TreeScanner<Void, Void> {
    final Set<String> mechanisms = new LinkedHashSet<>();
    final List<SecurityChain.Rule> rules = new ArrayList<>();
    boolean stateless;
    private String pendingMethod;
    private List<String> pendingPatterns;
    private String pendingMatcher;

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      super.visitMethodInvocation(call, unused); // receiver chain and arguments first: source order
      String name = name(call.getMethodSelect());
      if (MECHANISMS.contains(name) && !(name.equals("rememberMe") && pendingMatcher != null)) {
        mechanisms.add(name);
      }
      if (name.equals("sessionCreationPolicy") && call.getArguments().size() == 1
          && call.getArguments().get(0).toString().endsWith("STATELESS")) {
        stateless = true;
      }
      if (MATCHERS.contains(name)) {
        pendingMethod = "";
        pendingPatterns = new ArrayList<>();
        for (ExpressionTree argument : call.getArguments()) {
          if (argument instanceof LiteralTree literal && literal.getValue() instanceof String pattern) {
            pendingPatterns.add(pattern);
          } else if (argument instanceof MemberSelectTree select && select.getExpression().toString().endsWith("HttpMethod")) {
            pendingMethod = select.getIdentifier().toString();
          }
        }
        pendingMatcher = name + "(" + String.join(", ", call.getArguments().stream().map(Object::toString).toList()) + ")";
      } else if (ANY.contains(name)) {
        pendingMethod = "";
        pendingPatterns = List.of();
        pendingMatcher = name + "()";
      } else if (RULES.contains(name) && pendingMatcher != null && !name.equals("not")) {
        String arguments = String.join(", ", call.getArguments().stream().map(Object::toString).toList());
        rules.add(new SecurityChain.Rule(pendingMethod, pendingPatterns, name + "(" + arguments + ")", pendingMatcher));
        pendingMatcher = null;
      }
      return null;
    }
  }

  private static String name(ExpressionTree select) {
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier().toString();
    }
    return select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
  }
}
