package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.model.web.ParameterDoc;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * An endpoint as a web dialect maps it, before statuses, examples and security are worked out.
 *
 * @param method HTTP method
 * @param path the full path
 * @param controller the concrete class that serves it
 * @param handler the method that handles it, possibly inherited
 * @param declarations the handler and the methods it overrides, most specific first: where annotations are looked up
 * @param parameters the HTTP parameters
 * @param body the request body type, or null
 * @param bodyValidated whether the body is validated
 * @param parametersValidated whether any parameter carries a constraint
 * @param returnType the handler's return type as seen from the controller (type variables resolved)
 * @param consumes declared request media types
 * @param produces declared response media types
 * @param jaxRs whether JAX-RS maps it (void then means 204, and statuses come from Response)
 * @param view whether it is a Spring MVC handler that returns a view (documented because it redirects)
 */
public record Operation(
    String method,
    String path,
    TypeElement controller,
    ExecutableElement handler,
    List<ExecutableElement> declarations,
    List<ParameterDoc> parameters,
    TypeMirror body,
    boolean bodyValidated,
    boolean parametersValidated,
    TypeMirror returnType,
    List<String> consumes,
    List<String> produces,
    boolean jaxRs,
    boolean view) {}
