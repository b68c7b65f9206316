package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * {@code META-INF/featuredocs/openapi.json}: the OpenAPI 3.1 document of the compilation's
 * features, checked as exact JSON per part of a small feature (parameters with constraints and
 * defaults, bodies, every documented status, components with resolvable references).
 */
class OpenApiDocumentTest {
  private static Map<String, Object> document;

  static final List<JavaFileObject> ORDERS = List.of(
      JavaFileObjects.forSourceString("com.shop.OrderController", """
          package com.shop;

          import jakarta.validation.Valid;
          import jakarta.validation.constraints.Max;
          import jakarta.validation.constraints.Min;
          import java.util.List;
          import org.springframework.http.ResponseEntity;
          import org.springframework.web.bind.annotation.*;

          @dev.featuredocs.annotations.Feature(value = "Orders", businessValue = "Customers order goods.")
          @RestController
          @RequestMapping("/orders")
          public class OrderController {
            /**
             * Lists orders.
             *
             * @param limit how many at most
             */
            @GetMapping
            public List<OrderView> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                @RequestHeader("X-Tenant") String tenant) {
              return List.of();
            }

            /** Places an order. */
            @PostMapping
            public ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrder order) {
              return ResponseEntity.created(null).body(null);
            }

            /** One order. */
            @GetMapping("/{id}")
            public OrderView get(@PathVariable long id) {
              throw new OrderMissing();
            }
          }
          """),
      JavaFileObjects.forSourceString("com.shop.PlaceOrder", """
          package com.shop;

          import jakarta.validation.constraints.NotBlank;
          import jakarta.validation.constraints.Positive;

          /** An order to place. */
          public record PlaceOrder(@NotBlank String item, @Positive int quantity, Size size) {}
          """),
      JavaFileObjects.forSourceString("com.shop.OrderView", """
          package com.shop;

          /** An order as the API returns it. */
          public record OrderView(long id, String item, Size size) {}
          """),
      JavaFileObjects.forSourceString("com.shop.Size", """
          package com.shop;

          /** How big. */
          public enum Size { S, M }
          """),
      JavaFileObjects.forSourceString("com.shop.OrderMissing", """
          package com.shop;

          @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
          public class OrderMissing extends RuntimeException {}
          """));

  @BeforeAll
  static void compile() {
    Compilation compilation = Compilations.compile(ORDERS);
    assertThat(compilation).succeeded();
    document = object(ModelJson.parse(Compilations.output(compilation, "openapi.json").orElseThrow()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  /** The value at {@code path} (object keys), written as the document writes JSON. */
  private static String at(String... path) {
    Object value = document;
    for (String key : path) {
      value = object(value).get(key);
    }
    return Json.write(value);
  }

  @Test
  void header_isOpenApi31WithTheSchemaDialectAndOneTagPerFeature() {
    assertEquals("\"3.1.1\"", at("openapi"));
    assertEquals("\"https://json-schema.org/draft/2020-12/schema\"", at("jsonSchemaDialect"));
    assertEquals("""
        [
          {
            "description": "Customers order goods.",
            "name": "Orders"
          }
        ]""", at("tags"));
  }

  @Test
  void parameters_haveTheirSchemaWithConstraintsAndDefault() {
    assertEquals("""
        [
          {
            "name": "limit",
            "in": "query",
            "description": "how many at most",
            "schema": {
              "default": 20,
              "format": "int32",
              "maximum": 100,
              "minimum": 1,
              "type": "integer"
            }
          },
          {
            "name": "X-Tenant",
            "in": "header",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ]""", at("paths", "/orders", "get", "parameters"));
  }

  @Test
  void requestBody_refersToTheModelWithItsExample() {
    assertEquals("""
        {
          "content": {
            "application/json": {
              "example": {
                "item": "example",
                "quantity": 1,
                "size": "S"
              },
              "schema": {
                "$ref": "#/components/schemas/PlaceOrder"
              }
            }
          }
        }""", at("paths", "/orders", "post", "requestBody"));
  }

  @Test
  void responses_everyDocumentedStatus_theSuccessOneWithTheBody() {
    assertEquals("""
        {
          "201": {
            "content": {
              "application/json": {
                "example": {
                  "id": 1,
                  "item": "example",
                  "size": "S"
                },
                "schema": {
                  "$ref": "#/components/schemas/OrderView"
                }
              }
            },
            "description": "success (ResponseEntity.created(…))"
          },
          "400": {
            "description": "invalid request body (@Valid)"
          }
        }""", at("paths", "/orders", "post", "responses"));
    assertEquals("""
        {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "id": 1,
                  "item": "example",
                  "size": "S"
                },
                "schema": {
                  "$ref": "#/components/schemas/OrderView"
                }
              }
            },
            "description": "success"
          },
          "400": {
            "description": "missing or malformed parameter"
          },
          "404": {
            "description": "OrderMissing (@ResponseStatus on OrderMissing)"
          }
        }""", at("paths", "/orders/{id}", "get", "responses"));
  }

  @Test
  void operation_isTaggedWithItsFeatureAndNamedAfterItsHandler() {
    assertEquals("\"get\"", at("paths", "/orders/{id}", "get", "operationId"));
    assertEquals("\"OrderController#get\"", at("paths", "/orders/{id}", "get", "x-handler"));
    assertEquals("[\n  \"Orders\"\n]", at("paths", "/orders/{id}", "get", "tags"));
    assertEquals("\"One order.\"", at("paths", "/orders/{id}", "get", "summary"));
  }

  @Test
  void components_areTheModelSchemasWithReferencesIntoTheDocument() {
    assertEquals("""
        {
          "description": "An order to place.",
          "examples": [
            {
              "item": "example",
              "quantity": 1,
              "size": "S"
            }
          ],
          "properties": {
            "item": {
              "minLength": 1,
              "pattern": "\\\\S",
              "type": "string"
            },
            "quantity": {
              "exclusiveMinimum": 0,
              "format": "int32",
              "type": "integer"
            },
            "size": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/Size"
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "required": [
            "item",
            "quantity"
          ],
          "title": "PlaceOrder",
          "type": "object",
          "x-java-type": "com.shop.PlaceOrder"
        }""", at("components", "schemas", "PlaceOrder"));
    assertEquals(List.of("OrderView", "PlaceOrder", "Size"), List.copyOf(object(object(document.get("components"))
        .get("schemas")).keySet()));
  }
}
