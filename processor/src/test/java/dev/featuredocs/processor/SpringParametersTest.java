package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parameters as Spring expands them: Pageable and Sort, parameter objects, matrix variables. */
class SpringParametersTest {
  private static final String HEADER = """
      | Name | In | Type | Required | Default | Constraints | Description |
      |---|---|---|---|---|---|---|
      """;

  @Test
  void pageable_isPageSizeAndSortQueryParameters_withPageableDefault() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import org.springframework.data.domain.Pageable;
        import org.springframework.data.domain.Sort;
        import org.springframework.data.web.PageableDefault;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          /** Pages of orders. */
          @GetMapping("/orders")
          public String page(@RequestParam(required = false) String owner,
              @PageableDefault(size = 5, sort = "placedAt", direction = Sort.Direction.DESC) Pageable pageable) {
            return "";
          }

          /** All orders, sorted. */
          @GetMapping("/orders/all")
          public String all(Sort sort, @org.springdoc.core.annotations.ParameterObject Pageable pageable) { return ""; }
        }
        """);
    assertTrue(summary.contains(HEADER + """
        | `owner` | query | `String` | no |  |  |  |
        | `page` | query | `int` | no | `0` |  | zero-based index of the page (Spring Data Pageable) |
        | `size` | query | `int` | no | `5` |  | number of elements per page (Spring Data caps it at 2000 unless configured otherwise) |
        | `sort` | query | `String` | no | `placedAt,desc` |  | order as property, property,asc or property,desc; repeat the parameter to sort by several properties |
        """), summary);
    assertTrue(summary.contains(HEADER + """
        | `sort` | query | `String` | no |  |  | order as property, property,asc or property,desc; repeat the parameter to sort by several properties |
        | `page` | query | `int` | no | `0` |  | zero-based index of the page (Spring Data Pageable) |
        | `size` | query | `int` | no | `20` |  | number of elements per page (Spring Data caps it at 2000 unless configured otherwise) |

        """), summary);
  }

  @Test
  void parameterObjectsAndModelAttributes_expandIntoTheirQueryParameters() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          /** Orders matching a filter. */
          @GetMapping("/orders")
          public String search(@jakarta.validation.Valid @ModelAttribute OrderFilter filter) { return ""; }

          /** Orders in a price range. */
          @GetMapping("/orders/priced")
          public String priced(@org.springdoc.core.annotations.ParameterObject PriceRange range) { return ""; }

          /** Orders of a customer, bound without annotation. */
          @GetMapping("/orders/of")
          public String of(CustomerRef customer) { return ""; }
        }
        """, """
        package com.shop;

        public class OrderFilter {
          /** Only orders of this status. */
          @jakarta.validation.constraints.NotBlank
          private String status;
          private int limit;
          private Address shippedTo;
          private String internal;

          public void setStatus(String status) { this.status = status; }
          public void setLimit(int limit) { this.limit = limit; }
          public void setShippedTo(Address shippedTo) { this.shippedTo = shippedTo; }
        }
        """, """
        package com.shop;

        public class Address {
          private String city;

          public void setCity(String city) { this.city = city; }
        }
        """, """
        package com.shop;

        public record PriceRange(@jakarta.validation.constraints.Min(0) java.math.BigDecimal min, java.math.BigDecimal max) {}
        """, """
        package com.shop;

        public record CustomerRef(long customerId) {}
        """);
    assertTrue(summary.contains(HEADER + """
        | `status` | query | `String` | yes |  | `@NotBlank` | Only orders of this status. |
        | `limit` | query | `int` | no |  |  |  |
        | `shippedTo.city` | query | `String` | no |  |  |  |
        """), summary);
    assertTrue(summary.contains(HEADER + """
        | `min` | query | `BigDecimal` | no |  | `@Min(0)` |  |
        | `max` | query | `BigDecimal` | no |  |  |  |
        """), summary);
    assertTrue(summary.contains(HEADER + """
        | `customerId` | query | `long` | no |  |  |  |
        """), summary);
  }

  @Test
  void headersCookiesAndMatrixVariables_areParametersWhereTheyAreSent() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          /** Orders of a segment. */
          @GetMapping("/orders/{segment}")
          public String segment(@PathVariable String segment, @MatrixVariable(name = "color", required = false) String color,
              @RequestHeader("X-Tenant") String tenant, @CookieValue(name = "session", defaultValue = "none") String session) {
            return "";
          }
        }
        """);
    assertTrue(summary.contains(HEADER + """
        | `segment` | path | `String` | yes |  |  |  |
        | `color` | matrix | `String` | no |  |  |  |
        | `X-Tenant` | header | `String` | yes |  |  |  |
        | `session` | cookie | `String` | no | `none` |  |  |
        """), summary);
  }
}
