package dev.featuredocs.processor.model.security;

import java.util.List;

/**
 * The Security Considerations of a feature, as its code shows them.
 *
 * @param inputs per endpoint, whether what it takes in is validated, in endpoint order
 * @param authentication how callers authenticate, from security configuration visible in code
 * @param access per endpoint, the rule that decides who may call it, in endpoint order
 * @param errors the exceptions the feature's endpoints end in, with their status and handler
 * @param configurations security configurations under a condition, active or not in the app as configured
 */
public record SecurityDoc(List<InputDoc> inputs, List<AuthDoc> authentication, List<AccessDoc> access,
    List<ErrorMappingDoc> errors, List<ConfigurationDoc> configurations) {
  public SecurityDoc {
    configurations = List.copyOf(configurations);
    inputs = List.copyOf(inputs);
    authentication = List.copyOf(authentication);
    access = List.copyOf(access);
    errors = List.copyOf(errors);
  }

  /** Endpoints whose request body is not validated. */
  public List<InputDoc> unvalidated() {
    return inputs.stream().filter(i -> !i.validated()).toList();
  }

  /** Endpoints whose rule is a method-security annotation. */
  public long byMethodSecurity() {
    return access.stream().filter(a -> a.covered() && a.source().startsWith("method security")).count();
  }

  /** Endpoints whose rule comes from a filter chain only. */
  public long byFilterChain() {
    return access.stream().filter(a -> a.covered() && !a.source().startsWith("method security")).count();
  }

  /** Error handlers that put an exception's message into the response. */
  public List<ErrorMappingDoc> exposingMessages() {
    return errors.stream().filter(ErrorMappingDoc::exposesMessage).toList();
  }
}
