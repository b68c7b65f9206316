package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exceptions that carry their status, the handler Spring or JAX-RS picks (the controller's own
 * before advice, the most specific mapper), calls through interfaces to their implementations,
 * class-level {@code @Validated}, and redirects.
 */
class ExceptionStatusesTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void springExceptionsCarryingTheirStatus_superCallResponseStatusInheritedAndCreationSite() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/quota")
          public String quota() { throw new QuotaExceeded(); }

          @GetMapping("/archived")
          public String archived() { throw new Archived("old"); }

          @GetMapping("/duplicate")
          public String duplicate() { throw new DuplicateOrder(); }

          @GetMapping("/missing")
          public String missing() { throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no order"); }

          @GetMapping("/flexible")
          public String flexible() { throw new Flexible(HttpStatus.I_AM_A_TEAPOT); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.ErrorResponseException;

        public class QuotaExceeded extends ErrorResponseException {
          public QuotaExceeded() { super(HttpStatus.TOO_MANY_REQUESTS); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.server.ResponseStatusException;

        public class Archived extends ResponseStatusException {
          public Archived(String reason) { super(HttpStatus.GONE, reason); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatusCode;
        import org.springframework.web.server.ResponseStatusException;

        public class Flexible extends ResponseStatusException {
          public Flexible(HttpStatusCode status) { super(status); }
        }
        """, """
        package com.shop;

        @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
        public class Conflict extends RuntimeException {}
        """, """
        package com.shop;

        public class DuplicateOrder extends Conflict {}
        """);

    Summaries.assertStatusCodes(summary, "GET /quota", "- `200` — success\n- `429` — `QuotaExceeded` (`new QuotaExceeded(…)`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /archived", "- `200` — success\n- `410` — `Archived` (`new Archived(…)`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /duplicate",
        "- `200` — success\n- `409` — `DuplicateOrder` (`@ResponseStatus on DuplicateOrder`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /missing", """
        - `200` — success
        - `404` — `ResponseStatusException` (`new ResponseStatusException(HttpStatus.NOT_FOUND, …)`)

        """);
    Summaries.assertStatusCodes(summary, "GET /flexible", """
        - `200` — success
        - `?` — `Flexible`: decided at run time by `new Flexible(…)`

        """);
  }

  @Test
  void jaxRs_ownSubclassOfNotAuthorized_andWebApplicationSubclass_carryTheirStatus() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/token")
          public String token() { throw new TokenMissing(); }

          @GET
          @Path("/conflict")
          public String conflict() { throw new OrderConflict(); }
        }
        """, """
        package com.shop;

        public class TokenMissing extends jakarta.ws.rs.NotAuthorizedException {
          public TokenMissing() { super("Bearer"); }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;

        public class OrderConflict extends jakarta.ws.rs.WebApplicationException {
          public OrderConflict() { super("taken", Response.Status.CONFLICT); }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders/token",
        "- `200` — success\n- `401` — `TokenMissing` (`JAX-RS NotAuthorizedException`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/conflict", "- `200` — success\n- `409` — `OrderConflict` (`new OrderConflict(…)`)\n\n");
  }

  @Test
  void jaxRs_mostSpecificMapperWins_instanceofDispatch_andAMapperReadingTheExceptionDecidesAtRunTime() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/bad")
          public String bad() { throw new IllegalArgumentException("bad"); }

          @GET
          @Path("/state")
          public String state() { throw new IllegalStateException("state"); }

          @GET
          @Path("/web")
          public String web() { throw new WebApplicationException(418); }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class AnyMapper implements ExceptionMapper<RuntimeException> {
          @Override
          public Response toResponse(RuntimeException e) {
            return Response.status(e instanceof IllegalStateException ? 409 : 500).build();
          }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class WebMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
          @Override
          public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return Response.status(status).entity("failed").build();
          }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class BadArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
          @Override
          public Response toResponse(IllegalArgumentException e) {
            Response.Status status = Response.Status.BAD_REQUEST;
            return Response.status(status).build();
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders/bad",
        "- `200` — success\n- `400` — `IllegalArgumentException` (`BadArgumentMapper#toResponse`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/state",
        "- `200` — success\n- `409` — `IllegalStateException` (`AnyMapper#toResponse`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/web", """
        - `200` — success
        - `?` — `WebApplicationException`: decided at run time by `WebMapper#toResponse`

        """);
  }

  @Test
  void controllerLocalHandler_winsOverAMoreSpecificAdviceHandler_forThatControllerOnly() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          public String list() { throw new IllegalStateException("closed"); }

          @ExceptionHandler(RuntimeException.class)
          @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
          public String closed(RuntimeException e) { return "closed"; }
        }
        """, """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Carts {
          @GetMapping("/carts")
          public String list() { throw new IllegalStateException("closed"); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(IllegalStateException.class)
          @ResponseStatus(HttpStatus.CONFLICT)
          public String state(IllegalStateException e) { return "state"; }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", "- `200` — success\n- `503` — `IllegalStateException` (`Orders#closed`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /carts", "- `200` — success\n- `409` — `IllegalStateException` (`Errors#state`)\n\n");
  }

  @Test
  void exceptionThrownBehindAServiceInterface_isFoundInItsImplementation() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          private final PlaceOrder placeOrder;

          public Orders(PlaceOrder placeOrder) { this.placeOrder = placeOrder; }

          @PostMapping("/orders")
          public String place() { return placeOrder.place("x"); }
        }
        """, """
        package com.shop;

        public interface PlaceOrder {
          String place(String sku);
        }
        """, """
        package com.shop;

        @org.springframework.stereotype.Service
        public class PlaceOrderService implements PlaceOrder {
          @Override
          public String place(String sku) { throw new OutOfStock(); }
        }
        """, """
        package com.shop;

        @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
        public class OutOfStock extends RuntimeException {}
        """);

    Summaries.assertStatusCodes(summary, "POST /orders", "- `200` — success\n- `409` — `OutOfStock` (`@ResponseStatus on OutOfStock`)\n\n");
  }

  @Test
  void classLevelValidated_unmapped_is500WithAWarningOnTheAnnotation() {
    Compilation compilation = Compilations.compile(List.of(JavaFileObjects.forSourceString("com.shop.Orders", """
        package com.shop;

        import jakarta.validation.constraints.Min;
        import org.springframework.validation.annotation.Validated;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @Validated
        public class Orders {
          @GetMapping("/orders")
          public String list(@RequestParam @Min(1) int page) { return ""; }
        }
        """)));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[FD830] @Validated on Orders makes Spring validate its parameters"
        + " through a proxy that throws ConstraintViolationException, and no @ExceptionHandler or @ResponseStatus"
        + " maps it: the app answers 500 for a parameter that fails its constraints. Map"
        + " ConstraintViolationException to 400 in an @ExceptionHandler, or remove class-level @Validated (Spring"
        + " then answers 400 itself)")
        .inFile(compilation.sourceFiles().stream().filter(f -> f.getName().contains("Orders")).findFirst().orElseThrow())
        .onLineContaining("@Validated");
    Summaries.assertStatusCodes(Compilations.summary(compilation, "orders"), "GET /orders", """
        - `200` — success
        - `400` — missing or malformed parameter
        - `500` — parameter fails its constraints, unhandled `ConstraintViolationException` (`@Validated on Orders`)

        """);
  }

  @Test
  void classLevelValidated_mapped_isWhatTheHandlerAnswers() {
    String summary = summary("""
        package com.shop;

        import jakarta.validation.constraints.Min;
        import org.springframework.validation.annotation.Validated;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @Validated
        public class Orders {
          @GetMapping("/orders")
          public String list(@RequestParam @Min(1) int page) { return ""; }
        }
        """, """
        package com.shop;

        import jakarta.validation.ConstraintViolationException;
        import org.springframework.http.ProblemDetail;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler
          public ProblemDetail violation(ConstraintViolationException e) {
            return ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid");
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `400` — missing or malformed parameter
        - `400` — parameter fails its constraints `ConstraintViolationException` (`Errors#violation`)

        """);
  }

  @Test
  void redirectsAndTheServletResponse_areTheSuccessStatus() {
    String summary = summary("""
        package com.shop;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.servlet.view.RedirectView;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/legacy")
          public void legacy(HttpServletResponse response) throws IOException {
            response.sendRedirect("/orders");
          }

          @GetMapping("/old")
          public RedirectView old() {
            return new RedirectView("/orders");
          }

          @PostMapping("/checkout")
          public ResponseEntity<Void> checkout() {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/orders/1")).build();
          }

          @PostMapping("/later")
          public void later(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /legacy", "- `302` — success (`response.sendRedirect(…)`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /old", "- `302` — success (`Location: /orders`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /checkout", "- `303` — success (`ResponseEntity.status(HttpStatus.SEE_OTHER)`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /later", "- `202` — success (`response.setStatus(HttpServletResponse.SC_ACCEPTED)`)\n\n");
  }

  @Test
  void filterChainRules_give401ToEndpointsTheyCover_and403WhereARoleIsRequired() {
    List<javax.tools.JavaFileObject> sources = new java.util.ArrayList<>(Fixtures.load("review").stream()
        .filter(f -> f.getName().contains("org/springframework/security")).toList());
    sources.add(JavaFileObjects.forSourceString("com.shop.Orders", """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/public/menu")
          public String menu() { return ""; }

          @GetMapping("/admin/orders")
          public String all() { return ""; }

          @GetMapping("/orders")
          public String mine() { return ""; }
        }
        """));
    sources.add(JavaFileObjects.forSourceString("com.shop.WebSecurity", """
        package com.shop;

        import org.springframework.context.annotation.*;
        import org.springframework.security.config.annotation.web.builders.HttpSecurity;
        import org.springframework.security.web.SecurityFilterChain;

        @Configuration
        public class WebSecurity {
          @Bean
          public SecurityFilterChain api(HttpSecurity http) {
            return http
                .authorizeHttpRequests(requests -> requests
                    .requestMatchers("/public/**").permitAll()
                    .requestMatchers("/admin/**").hasRole("ADMIN")
                    .anyRequest().authenticated())
                .build();
          }
        }
        """));
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "orders");

    Summaries.assertStatusCodes(summary, "GET /public/menu", "- `200` — success\n\n");
    Summaries.assertStatusCodes(summary, "GET /admin/orders", """
        - `200` — success
        - `401` — not authenticated (`WebSecurity#api: requestMatchers("/admin/**").hasRole("ADMIN")`)
        - `403` — not authorised (`WebSecurity#api: requestMatchers("/admin/**").hasRole("ADMIN")`)

        """);
    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated (`WebSecurity#api: anyRequest().authenticated()`)

        """);
  }

  /**
   * Method security throws {@code AccessDeniedException} inside the handler call, so the project's
   * {@code @ExceptionHandler} for it — or for a supertype, a catch-all over {@code Exception} — answers
   * it before the filter chain's 403: the summary states what that handler answers.
   */
  @Test
  void methodSecurity_deniedIsAnsweredByTheCatchAllHandler_notByTheFilterChainsForbidden() {
    String summary = summary("""
        package com.shop;

        import org.springframework.security.access.prepost.PreAuthorize;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          @PreAuthorize("hasRole('ADMIN')")
          public String list() { return "[]"; }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(Exception.class)
          public ResponseEntity<String> anything(Exception e) {
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("failed");
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated
        - `500` — `AccessDeniedException` (`Errors#anything`)

        """);
  }

  @Test
  void methodSecurity_deniedMappedTo403_staysTheRulesForbidden() {
    String summary = summary("""
        package com.shop;

        import org.springframework.security.access.prepost.PreAuthorize;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          @PreAuthorize("hasRole('ADMIN')")
          public String list() { return "[]"; }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.security.access.AccessDeniedException;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(AccessDeniedException.class)
          @ResponseStatus(HttpStatus.FORBIDDEN)
          public String denied(AccessDeniedException e) { return "no"; }

          @ExceptionHandler(Exception.class)
          @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
          public String anything(Exception e) { return "failed"; }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated
        - `403` — not authorised (`hasRole('ADMIN')`)

        """);
  }

  /**
   * JAX-RS answers a path, query or matrix parameter it cannot convert with 404 and a header, cookie or
   * form parameter with 400 (Jakarta REST 3.1, section 3.2); text parameters cannot fail; a project
   * mapper of the exception (or a supertype) answers instead.
   */
  @Test
  void jaxRs_unconvertibleParameters_404ForPathAndQuery_400ForHeaders_andAMapperAnswersInstead() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/{id}")
          public String one(@PathParam("id") long id, @QueryParam("lang") String lang) { return ""; }

          @GET
          @Path("/by-name/{name}")
          public String named(@PathParam("name") String name, @QueryParam("tags") java.util.List<String> tags) {
            return "";
          }

          @GET
          @Path("/since")
          public String since(@HeaderParam("X-Version") int version) { return ""; }
        }
        """);
    Summaries.assertStatusCodes(summary, "GET /orders/{id}", """
        - `200` — success
        - `404` — path or query parameter that cannot be converted (`JAX-RS NotFoundException`)

        """);
    Summaries.assertStatusCodes(summary, "GET /orders/by-name/{name}", "- `200` — success\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/since", """
        - `200` — success
        - `400` — header, cookie or form parameter that cannot be converted (`JAX-RS BadRequestException`)

        """);

    String mapped = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/{id}")
          public String one(@PathParam("id") long id) { return ""; }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class Failures implements ExceptionMapper<Throwable> {
          @Override
          public Response toResponse(Throwable e) {
            return Response.status(Response.Status.INTERNAL_SERVER_ERROR).build();
          }
        }
        """);
    Summaries.assertStatusCodes(mapped, "GET /orders/{id}", """
        - `200` — success
        - `500` — `NotFoundException` (`Failures#toResponse`)

        """);
  }
}
