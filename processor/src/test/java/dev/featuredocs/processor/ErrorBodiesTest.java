package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.json.Json;
import dev.featuredocs.processor.json.ModelJson;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The body of an error status is the body of the code that answers it: the advice or controller
 * {@code @ExceptionHandler} of a framework exception (bad body, bad parameter, method security's
 * {@code AccessDeniedException}) through {@code ResponseEntity<T>}, what a {@code ResponseEntity<?>}
 * is built with, Spring's {@code ProblemDetail}, and a JAX-RS {@code ExceptionMapper}'s entity.
 * Shown in the summary's endpoint section and in {@code openapi.json}, from one model.
 */
class ErrorBodiesTest {
  private static String summary;
  private static String jaxRsSummary;
  private static Map<String, Object> document;
  private static Map<String, Object> jaxRsDocument;

  private static final List<JavaFileObject> SPRING = List.of(
      JavaFileObjects.forSourceString("com.shop.OrderController", """
          package com.shop;

          import jakarta.validation.Valid;
          import jakarta.validation.constraints.Min;
          import org.springframework.security.access.prepost.PreAuthorize;
          import org.springframework.web.bind.annotation.*;

          @dev.featuredocs.annotations.Feature("Orders")
          @RestController
          @RequestMapping("/orders")
          public class OrderController {
            /** Places an order. */
            @PostMapping
            @PreAuthorize("hasRole('USER')")
            public OrderView place(@Valid @RequestBody PlaceOrder order) {
              return null;
            }

            /** Lists orders. */
            @GetMapping
            @PreAuthorize("hasRole('USER')")
            public java.util.List<OrderView> list(@RequestParam @Min(1) int limit) {
              if (limit > 50) {
                throw new IllegalStateException("too many");
              }
              return java.util.List.of();
            }

            /** Replaces an order. */
            @PutMapping("/{id}")
            public OrderView replace(@PathVariable String id, @RequestBody PlaceOrder order) {
              return null;
            }
          }
          """),
      JavaFileObjects.forSourceString("com.shop.PlaceOrder", """
          package com.shop;

          /** An order to place. */
          public record PlaceOrder(@jakarta.validation.constraints.NotBlank String item) {}
          """),
      JavaFileObjects.forSourceString("com.shop.OrderView", """
          package com.shop;

          /** An order. */
          public record OrderView(long id, String item) {}
          """),
      JavaFileObjects.forSourceString("com.shop.ApiError", """
          package com.shop;

          /**
           * What went wrong.
           *
           * @param code a machine-readable code
           * @param message for a human
           */
          public record ApiError(String code, String message) {}
          """),
      JavaFileObjects.forSourceString("com.shop.Errors", """
          package com.shop;

          import org.springframework.http.HttpStatus;
          import org.springframework.http.ProblemDetail;
          import org.springframework.http.ResponseEntity;
          import org.springframework.security.access.AccessDeniedException;
          import org.springframework.web.bind.MethodArgumentNotValidException;
          import org.springframework.http.converter.HttpMessageNotReadableException;
          import org.springframework.web.bind.annotation.*;
          import org.springframework.web.method.annotation.HandlerMethodValidationException;

          @RestControllerAdvice
          public class Errors {
            @ExceptionHandler(MethodArgumentNotValidException.class)
            public ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
              return ResponseEntity.badRequest().body(new ApiError("invalid", "bad body"));
            }

            @ExceptionHandler(HandlerMethodValidationException.class)
            public ResponseEntity<?> constraints(HandlerMethodValidationException e) {
              return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError("constraints", "out of range"));
            }

            @ExceptionHandler(HttpMessageNotReadableException.class)
            @ResponseStatus(HttpStatus.BAD_REQUEST)
            public ProblemDetail unreadable(HttpMessageNotReadableException e) {
              return ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            }

            @ExceptionHandler(IllegalStateException.class)
            public Object broken(IllegalStateException e) {
              return helper(e);
            }

            private Object helper(Exception e) {
              return java.util.Map.of("error", e.getClass().getSimpleName());
            }

            @ExceptionHandler(AccessDeniedException.class)
            @ResponseStatus(HttpStatus.FORBIDDEN)
            public ApiError denied(AccessDeniedException e) {
              return new ApiError("denied", "no");
            }
          }
          """));

  private static final List<JavaFileObject> JAX_RS = List.of(
      JavaFileObjects.forSourceString("com.shop.Orders", """
          package com.shop;

          import jakarta.ws.rs.*;

          @dev.featuredocs.annotations.Feature("Orders")
          @Path("/orders")
          public class Orders {
            /** One order. */
            @GET
            @Path("/{id}")
            @Produces("application/json")
            public OrderView get(@PathParam("id") long id) {
              throw new OrderMissing();
            }
          }
          """),
      JavaFileObjects.forSourceString("com.shop.OrderView", """
          package com.shop;

          /** An order. */
          public record OrderView(long id, String item) {}
          """),
      JavaFileObjects.forSourceString("com.shop.OrderMissing", """
          package com.shop;

          public class OrderMissing extends RuntimeException {}
          """),
      JavaFileObjects.forSourceString("com.shop.ApiError", """
          package com.shop;

          /** What went wrong. */
          public record ApiError(String code, String message) {}
          """),
      JavaFileObjects.forSourceString("com.shop.OrderMissingMapper", """
          package com.shop;

          import jakarta.ws.rs.core.Response;
          import jakarta.ws.rs.ext.ExceptionMapper;
          import jakarta.ws.rs.ext.Provider;

          @Provider
          public class OrderMissingMapper implements ExceptionMapper<OrderMissing> {
            @Override
            public Response toResponse(OrderMissing e) {
              return Response.status(Response.Status.NOT_FOUND).entity(new ApiError("missing", "no order")).build();
            }
          }
          """));

  @BeforeAll
  static void compile() {
    Compilation spring = Compilations.compile(SPRING);
    assertThat(spring).succeeded();
    summary = Compilations.summary(spring, "orders");
    document = object(ModelJson.parse(Compilations.output(spring, "openapi.json").orElseThrow()));
    Compilation jaxRs = Compilations.compile(JAX_RS);
    assertThat(jaxRs).succeeded();
    jaxRsSummary = Compilations.summary(jaxRs, "orders");
    jaxRsDocument = object(ModelJson.parse(Compilations.output(jaxRs, "openapi.json").orElseThrow()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  private static String at(Map<String, Object> from, String... path) {
    Object value = from;
    for (String key : path) {
      value = object(value).get(key);
    }
    return Json.write(value);
  }

  @Test
  void summary_namesTheBodyOfEachErrorStatus_fromTheAdviceHandlers() {
    String place = Summaries.endpoint(summary, "POST /orders");
    assertTrue(place.contains("\n**Error bodies**: `ApiError` for 400, 403; body not known from code for 401\n"), place);
    String list = Summaries.endpoint(summary, "GET /orders");
    // a handler returning Object whose return does not show its type: not known, never "Object"
    assertTrue(list.contains("\n**Error bodies**: `ApiError` for 400, 403; body not known from code for 400, 401, ?\n"),
        list);
    String replace = Summaries.endpoint(summary, "PUT /orders/{id}");
    assertTrue(replace.contains("\n**Error bodies**: `ProblemDetail` for 400\n"), replace);
  }

  @Test
  void openApi_badBodyThroughResponseEntity_andAccessDenied_referToTheHandlersModel() {
    assertEquals("""
        {
          "example": {
            "code": "ABC123",
            "message": "A short description."
          },
          "schema": {
            "$ref": "#/components/schemas/ApiError"
          }
        }""", at(document, "paths", "/orders", "post", "responses", "400", "content", "application/json"));
    assertEquals(at(document, "paths", "/orders", "post", "responses", "400", "content"),
        at(document, "paths", "/orders", "post", "responses", "403", "content"));
    assertEquals("null", at(document, "paths", "/orders", "post", "responses", "401", "content"));
  }

  @Test
  void openApi_aCodeWithABodyNotKnownForOneCause_saysSoBesideTheKnownOne() {
    assertEquals("""
        {
          "application/json": {
            "schema": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/ApiError"
                },
                {
                  "description": "body not known from code: missing or malformed parameter"
                }
              ]
            }
          }
        }""", at(document, "paths", "/orders", "get", "responses", "400", "content"));
  }

  @Test
  void openApi_problemDetail_isItsRfc9457MembersAsProblemJson() {
    assertEquals("""
        {
          "application/problem+json": {
            "schema": {
              "properties": {
                "type": {
                  "format": "uri-reference",
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "status": {
                  "format": "int32",
                  "type": "integer"
                },
                "detail": {
                  "type": "string"
                },
                "instance": {
                  "format": "uri-reference",
                  "type": "string"
                }
              },
              "type": "object",
              "x-java-type": "org.springframework.http.ProblemDetail"
            }
          }
        }""", at(document, "paths", "/orders/{id}", "put", "responses", "400", "content"));
  }

  @Test
  void errorBodyModel_isAModelOfTheFeature_inTheSummaryAndTheComponents() {
    assertTrue(summary.contains("\n##### ApiError\n"), summary);
    assertEquals(List.of("ApiError", "OrderView", "PlaceOrder"),
        List.copyOf(object(object(document.get("components")).get("schemas")).keySet()));
  }

  @Test
  void jaxRsExceptionMapper_bodyIsTheEntityItBuilds() {
    assertTrue(Summaries.endpoint(jaxRsSummary, "GET /orders/{id}").contains("\n**Error bodies**: `ApiError` for 404"),
        jaxRsSummary);
    // the same 404 answers a path parameter JAX-RS cannot convert: the runtime's body, not known from code
    assertEquals("""
        {
          "anyOf": [
            {
              "$ref": "#/components/schemas/ApiError"
            },
            {
              "description": "body not known from code: path or query parameter that cannot be converted (JAX-RS NotFoundException)"
            }
          ]
        }""", at(jaxRsDocument, "paths", "/orders/{id}", "get", "responses", "404", "content", "application/json",
        "schema"));
  }

  private static final JavaFileObject NO_ADVICE = JavaFileObjects.forSourceString("com.shop.Orders", """
      package com.shop;

      import org.springframework.web.bind.annotation.*;

      @dev.featuredocs.annotations.Feature("Orders")
      @RestController
      public class Orders {
        /** Places an order. */
        @PostMapping("/orders")
        public String place(@jakarta.validation.Valid @RequestBody Order order) {
          return "";
        }

        /** An order. */
        public record Order(@jakarta.validation.constraints.NotBlank String item) {}
      }
      """);

  private static String noAdvice(java.nio.file.Path config, String properties) throws java.io.IOException {
    java.nio.file.Files.writeString(config.resolve("application.properties"), properties);
    Compilation compilation = Compilations.compile(List.of(NO_ADVICE), "-Afeaturedocs.appConfig=" + config);
    assertThat(compilation).succeeded();
    return Summaries.endpoint(Compilations.summary(compilation, "orders"), "POST /orders");
  }

  @Test
  void noProjectHandler_bootProblemDetailsOn_theBadBodyIsAProblemDetail(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path config) throws java.io.IOException {
    String place = noAdvice(config, "spring.mvc.problemdetails.enabled=true\n");

    assertTrue(place.contains("\n**Error bodies**: `ProblemDetail` for 400\n"), place);
  }

  @Test
  void noProjectHandler_bootDefaults_theBodyIsNotClaimed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path config)
      throws java.io.IOException {
    String place = noAdvice(config, "server.port=8081\n");

    assertTrue(place.contains("- `400` — invalid request body (`@Valid`)\n"), place);
    assertTrue(!place.contains("**Error bodies**"), place);
  }
}
