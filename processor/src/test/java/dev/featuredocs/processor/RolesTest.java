package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every type in its role: services behind interfaces, mappers, filters, providers, configuration. */
class RolesTest {
  private static final String CONTROLLER = """
      package com.acme.accounts.web;

      import com.acme.accounts.api.AccountService;
      import com.acme.accounts.api.AccountView;
      import com.acme.accounts.api.OpenAccount;
      import org.springframework.web.bind.annotation.PostMapping;
      import org.springframework.web.bind.annotation.RequestBody;
      import org.springframework.web.bind.annotation.RequestMapping;
      import org.springframework.web.bind.annotation.RestController;

      /** Accounts over HTTP. */
      @dev.featuredocs.annotations.Feature("Accounts")
      @RestController
      @RequestMapping("/accounts")
      public class AccountController {
        private final AccountService service;

        public AccountController(AccountService service) {
          this.service = service;
        }

        /** Opens an account. */
        @PostMapping
        public AccountView open(@RequestBody OpenAccount request) {
          return service.open(request);
        }
      }
      """;
  private static final String SERVICE = """
      package com.acme.accounts.api;

      /** Opens accounts. */
      public interface AccountService {
        AccountView open(OpenAccount request);
      }
      """;
  private static final String VIEW = """
      package com.acme.accounts.api;

      /** An account as clients see it. */
      public record AccountView(long id, String owner) {}
      """;
  private static final String OPEN = """
      package com.acme.accounts.api;

      /** What opening an account needs. */
      public record OpenAccount(String owner) {}
      """;
  private static final String IMPL = """
      package com.acme.internal;

      import com.acme.accounts.api.AccountService;
      import com.acme.accounts.api.AccountView;
      import com.acme.accounts.api.OpenAccount;
      import dev.featuredocs.annotations.BusinessRule;
      import org.springframework.stereotype.Service;
      import org.springframework.transaction.annotation.Transactional;

      /** Opens accounts in the database. */
      @Service
      public class DefaultAccountService implements AccountService {
        private final AccountRepository repository;

        public DefaultAccountService(AccountRepository repository) {
          this.repository = repository;
        }

        @Override
        @Transactional
        @BusinessRule(id = "BR-ACC-1", value = "An owner opens at most 3 accounts")
        public AccountView open(OpenAccount request) {
          if (repository.countByOwner(request.owner()) >= 3) {
            throw new IllegalStateException("too many");
          }
          Account saved = repository.save(new Account(request.owner()));
          return new AccountView(saved.id, saved.owner);
        }
      }
      """;
  private static final String REPOSITORY = """
      package com.acme.internal;

      import org.springframework.data.jpa.repository.JpaRepository;

      public interface AccountRepository extends JpaRepository<Account, Long> {
        long countByOwner(String owner);
      }
      """;
  private static final String ENTITY = """
      package com.acme.internal;

      import jakarta.persistence.Entity;
      import jakarta.persistence.GeneratedValue;
      import jakarta.persistence.Id;

      /** An account row. */
      @Entity
      public class Account {
        @Id @GeneratedValue long id;
        String owner;

        protected Account() {}

        Account(String owner) {
          this.owner = owner;
        }
      }
      """;

  @Test
  void serviceInterface_isAServiceShownWithItsImplementationWhoseRulesTransactionsAndRepositoriesShow() {
    String summary = Compilations.summaryOf("accounts", CONTROLLER, SERVICE, VIEW, OPEN, IMPL, REPOSITORY, ENTITY);
    assertTrue(summary.contains("**API Architecture**: 1 controller (`AccountController`);"
        + " 2 services (`AccountService`, `DefaultAccountService`); 1 repository (`AccountRepository`)."
        + " Flow: `AccountController` → `AccountService` → `DefaultAccountService` → `AccountRepository`.  \n"),
        summary);
    assertTrue(summary.contains("""
        #### AccountService
        **File**: `com/acme/accounts/api/AccountService.java` \s
        **Purpose**: Opens accounts. \s
        **Implemented by**: `DefaultAccountService` (its rules, transactions and queries are listed there) \s

        **Key Methods**:
        - `open(OpenAccount request) -> AccountView`

        **Business Rules**:
        _no business rules declared in this service_

        #### DefaultAccountService
        **File**: `com/acme/internal/DefaultAccountService.java` \s
        **Purpose**: Opens accounts in the database. \s
        **Implements**: `AccountService` \s

        **Key Methods**:
        - `open(OpenAccount request) -> AccountView`

        **Business Rules**:
        1. **BR-ACC-1**: An owner opens at most 3 accounts (enforced in `DefaultAccountService#open`)
        """), summary);
    assertTrue(summary.contains("  - `DefaultAccountService#open(...)`: runs in a transaction (`@Transactional`)\n"), summary);
    assertTrue(summary.contains("**AccountRepository** (entity `Account`, table `account`):\n"
        + "- `countByOwner(String owner) -> long` — derived: `SELECT COUNT(*) FROM account WHERE owner = ?`;"
        + " filters on `account.owner`; **no index serves** `account.owner`\n"), summary);
  }

  @Test
  void portsAdaptersMappersFiltersProvidersAndConfiguration_eachInTheirRole() {
    String summary = Compilations.summaryOf("orders",
        """
        @dev.featuredocs.annotations.Feature("Orders")
        package com.shop.orders;
        """,
        """
        package com.shop.orders;

        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RestController;

        /** Orders over HTTP. */
        @RestController
        public class OrderController {
          private final PlaceOrderUseCase placeOrder;

          public OrderController(PlaceOrderUseCase placeOrder) {
            this.placeOrder = placeOrder;
          }

          /** The last order. */
          @GetMapping("/orders/last")
          public OrderDto last() {
            return placeOrder.last();
          }
        }
        """,
        """
        package com.shop.orders;

        /** The use case of placing an order: a port. */
        public interface PlaceOrderUseCase {
          OrderDto last();
        }
        """,
        """
        package com.shop.orders;

        /** An order on the wire. */
        public record OrderDto(String number) {}
        """,
        """
        package com.shop.common;

        import java.lang.annotation.Retention;
        import java.lang.annotation.RetentionPolicy;

        /** The stereotype of use-case implementations. */
        @org.springframework.stereotype.Component
        @Retention(RetentionPolicy.RUNTIME)
        public @interface UseCase {}
        """,
        """
        package com.shop.orders.adapter;

        import com.shop.orders.OrderDto;
        import com.shop.orders.PlaceOrderUseCase;

        /** Places orders through the order book. */
        @com.shop.common.UseCase
        public class PlaceOrderAdapter implements PlaceOrderUseCase {
          private final com.shop.orders.OrderMapper mapper;

          PlaceOrderAdapter(com.shop.orders.OrderMapper mapper) {
            this.mapper = mapper;
          }

          @Override
          @dev.featuredocs.annotations.BusinessRule(id = "BR-ORD-1", value = "Only placed orders are shown")
          public OrderDto last() {
            return mapper.toDto("1");
          }
        }
        """,
        """
        package com.shop.orders;

        /** Maps orders to their wire form. */
        @org.mapstruct.Mapper(componentModel = "spring")
        public interface OrderMapper {
          OrderDto toDto(String number);
        }
        """,
        """
        package com.shop.orders;

        /** Rejects requests without a tenant header. */
        @org.springframework.stereotype.Component
        public class TenantFilter implements jakarta.servlet.Filter {}
        """,
        """
        package com.shop.orders;

        /** Writes orders as CSV. */
        @jakarta.ws.rs.ext.Provider
        public class CsvWriter implements jakarta.ws.rs.ext.MessageBodyWriter<OrderDto> {
          public boolean isWriteable(Class<?> t, java.lang.reflect.Type g, java.lang.annotation.Annotation[] a,
              jakarta.ws.rs.core.MediaType m) {
            return true;
          }

          public void writeTo(OrderDto o, Class<?> t, java.lang.reflect.Type g, java.lang.annotation.Annotation[] a,
              jakarta.ws.rs.core.MediaType m, jakarta.ws.rs.core.MultivaluedMap<String, Object> h,
              java.io.OutputStream out) {}
        }
        """,
        """
        package com.shop.orders;

        /** Turns a missing order into 404. */
        @jakarta.ws.rs.ext.Provider
        public class MissingOrderMapper implements jakarta.ws.rs.ext.ExceptionMapper<IllegalStateException> {
          public jakarta.ws.rs.core.Response toResponse(IllegalStateException e) {
            return jakarta.ws.rs.core.Response.status(404).build();
          }
        }
        """,
        """
        package com.shop.orders;

        /** Beans of the order book. */
        @org.springframework.context.annotation.Configuration
        public class OrderConfiguration {}
        """,
        """
        package com.shop.orders;

        /** Limits of the order book, from application properties. */
        @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "orders")
        public class OrderProperties {
          private int maxLines;
        }
        """,
        """
        package com.shop.orders;

        /** Order numbers, formatted. */
        public final class OrderNumbers {
          private OrderNumbers() {}
        }
        """);
    assertTrue(summary.contains("**API Architecture**: 1 controller (`OrderController`);"
        + " 2 services (`PlaceOrderAdapter`, `PlaceOrderUseCase`); 1 model (`OrderDto`);"
        + " 1 error handler (`MissingOrderMapper`); 1 configuration (`OrderConfiguration`);"
        + " 1 configuration properties class (`OrderProperties`); 1 mapper (`OrderMapper`); 1 filter (`TenantFilter`);"
        + " 1 JAX-RS provider (`CsvWriter`); 1 other type (`OrderNumbers`)."
        + " Flow: `OrderController` → `PlaceOrderUseCase` → `PlaceOrderAdapter` → `OrderMapper`.  \n"), summary);
    assertTrue(summary.contains("""
        #### PlaceOrderAdapter
        **File**: `com/shop/orders/adapter/PlaceOrderAdapter.java` \s
        **Purpose**: Places orders through the order book. \s
        **Implements**: `PlaceOrderUseCase` \s

        **Key Methods**:
        - `last() -> OrderDto`

        **Business Rules**:
        1. **BR-ORD-1**: Only placed orders are shown (enforced in `PlaceOrderAdapter#last`)
        """), summary);
    assertFalse(summary.contains("#### TenantFilter"), "a filter is no service");
  }
}
