package dev.featuredocs.benchmarks;

import java.util.Map;

/**
 * The web side of a feature package: {@code package-info.java} with {@code @Feature} and two planned
 * {@code @Phase}s, the {@code @RestController} with five endpoints, and its four records (create and
 * update requests, response with a nested record, generic page).
 */
final class FeatureWebFiles {
  private FeatureWebFiles() {}

  /** {@code v}: the feature's template values ({@link ProjectGenerator}). */
  static void write(SourceWriter w, Map<String, String> v) {
    String pkg = v.get("PKG");
    String type = v.get("X");
    w.write(pkg, "package-info", v, """
        /**
         * «FEATURE»: customers create, find, list, change and close «THING»s through {@code /api/v1«PATH»}.
         */
        @Feature(
            value = "«FEATURE»",
            businessValue = "Customers handle their «THING»s without calling support.",
            implementedOn = "«DATE»",
            owner = "«TEAM»",
            prp = "docs/PRPs/«SLUG»-prp.md",
            prd = "docs/PRDs/«SLUG».md")
        @Phase(
            value = "Phase 1: Data model",
            order = 1,
            duration = Limits.SPRINT,
            tasks = {"«X» entity with name and status indexes", "«X»Repository with derived queries"},
            openTasks = {"Schema migration"},
            tests = {"Repository round trip"})
        @Phase(
            value = "Phase 2: API",
            order = 2,
            duration = "3 days",
            tasks = {"CRUD endpoints under «PATH»", "Validated request records", "Rules BR-«ID»-1 to BR-«ID»-3"},
            tests = {"Create returns 201 with Location", "Invalid body returns 400"},
            openTests = {"Load test of the list endpoint"})
        package «PKG»;

        import «BASE».common.Limits;
        import dev.featuredocs.annotations.Feature;
        import dev.featuredocs.annotations.Phase;
        """);

    w.write(pkg, type + "Controller", v, """
        package «PKG»;

        import «BASE».common.ApiPaths;
        import «BASE».common.Limits;
        import dev.featuredocs.annotations.Phase;
        import jakarta.validation.Valid;
        import jakarta.validation.constraints.Max;
        import jakarta.validation.constraints.PositiveOrZero;
        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.DeleteMapping;
        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.PutMapping;
        import org.springframework.web.bind.annotation.RequestBody;
        import org.springframework.web.bind.annotation.RequestMapping;
        import org.springframework.web.bind.annotation.RequestParam;
        import org.springframework.web.bind.annotation.ResponseStatus;
        import org.springframework.web.bind.annotation.RestController;

        /**
         * REST endpoints for «THING»s.
         *
         * <p>Paths are built from {@link ApiPaths#V1}.
         */
        @RestController
        @RequestMapping(ApiPaths.V1 + "«PATH»")
        @Phase("Phase 2: API")
        public class «X»Controller {
          private final «X»Service service;

          public «X»Controller(«X»Service service) {
            this.service = service;
          }

          /**
           * Creates «A» «THING».
           *
           * @param request the new «THING»
           * @return {@code 201 Created} with its {@code Location}
           */
          @PostMapping
          public ResponseEntity<«X»Response> create(@Valid @RequestBody Create«X»Request request) {
            «X»Response created = service.create(request);
            return ResponseEntity.created(URI.create(ApiPaths.V1 + "«PATH»/" + created.id())).body(created);
          }

          /**
           * Returns one «THING».
           *
           * @param id its id
           * @return the «THING»
           */
          @GetMapping("/{id}")
          public «X»Response get(@PathVariable long id) {
            return service.get(id);
          }

          /**
           * Lists «THING»s, a page at a time.
           *
           * @param page the page, from 0
           * @param size the page size
           * @param status only «THING»s in this status
           * @param straße only «THING»s delivered to this street
           * @return one page
           */
          @GetMapping
          public «X»Page<«X»Response> list(
              @RequestParam(defaultValue = "0") @PositiveOrZero int page,
              @RequestParam(defaultValue = "20") @Max(Limits.PAGE_MAX) int size,
              @RequestParam(required = false) «X».Status status,
              @RequestParam(name = "straße", required = false) String straße) {
            return service.list(page, size, status, straße);
          }

          /**
           * Changes «A» «THING».
           *
           * @param id its id
           * @param request the new values
           * @return the changed «THING»
           */
          @PutMapping("/{id}")
          public «X»Response update(@PathVariable long id, @Valid @RequestBody Update«X»Request request) {
            return service.update(id, request);
          }

          /**
           * Deletes «A» «THING».
           *
           * @param id its id
           */
          @DeleteMapping("/{id}")
          @ResponseStatus(HttpStatus.NO_CONTENT)
          public void delete(@PathVariable long id) {
            service.delete(id);
          }
        }
        """);

    w.write(pkg, "Create" + type + "Request", v, """
        package «PKG»;

        import «BASE».common.Limits;
        import «BASE».common.Texts;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import jakarta.validation.constraints.Email;
        import jakarta.validation.constraints.FutureOrPresent;
        import jakarta.validation.constraints.Max;
        import jakarta.validation.constraints.NotBlank;
        import jakarta.validation.constraints.Pattern;
        import jakarta.validation.constraints.Positive;
        import jakarta.validation.constraints.Size;
        import java.time.LocalDate;

        /**
         * The body of a request to create «A» «THING».
         *
         * @param name unique among «THING»s, ignoring case
         * @param contact who to tell about changes
         * @param quantity how many
         * @param dueDate when it is due
         * @param currency ISO 4217 code
         */
        public record Create«X»Request(
            @NotBlank @Size(max = Limits.NAME_MAX) String name,
            @Email @Size(max = Limits.EMAIL_MAX) String contact,
            @Positive @Max(Limits.QUANTITY_MAX) int quantity,
            @JsonProperty("due_date") @FutureOrPresent LocalDate dueDate,
            @Pattern(regexp = Limits.CURRENCY) String currency) {

          /** Normalises the name and defaults the currency. */
          public Create«X»Request {
            name = Texts.normalize(name);
            if (currency == null || currency.isBlank()) {
              currency = "EUR";
            }
          }
        }
        """);

    w.write(pkg, "Update" + type + "Request", v, """
        package «PKG»;

        import «BASE».common.Limits;
        import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import jakarta.validation.constraints.DecimalMin;
        import jakarta.validation.constraints.Digits;
        import jakarta.validation.constraints.NotNull;
        import jakarta.validation.constraints.Size;
        import java.math.BigDecimal;

        /**
         * The body of a request to change «A» «THING».
         *
         * @param status the new status; it only moves forward
         * @param note a note for the history
         * @param amount the new amount
         * @param größe the size label
         */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Update«X»Request(
            @NotNull «X».Status status,
            @Size(max = Limits.NOTE_MAX) String note,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @JsonProperty("größe") @Size(max = 8) String größe) {}
        """);

    w.write(pkg, type + "Response", v, """
        package «PKG»;

        import com.fasterxml.jackson.annotation.JsonIgnore;
        import com.fasterxml.jackson.annotation.JsonInclude;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import java.math.BigDecimal;
        import java.time.Instant;
        import java.util.List;

        /**
         * «AN» «THING» as the API shows it.
         *
         * @param id its id
         * @param name its name
         * @param status where it is in its lifecycle
         * @param createdAt when it was created
         * @param lines its lines
         * @param internalKey not shown
         */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record «X»Response(
            long id,
            String name,
            «X».Status status,
            @JsonProperty("created_at") Instant createdAt,
            List<Line> lines,
            @JsonIgnore String internalKey) {

          /** One line of «A» «THING». */
          public record Line(String label, BigDecimal amount) {}

          static «X»Response from(«X» entity) {
            return new «X»Response(entity.getId() == null ? 0 : entity.getId(), entity.getName(), entity.getStatus(),
                entity.getCreatedAt(), List.of(new Line(entity.getName(), BigDecimal.valueOf(entity.getQuantity()))),
                entity.getName() + "#" + entity.getId());
          }
        }
        """);

    w.write(pkg, type + "Page", v, """
        package «PKG»;

        import jakarta.validation.constraints.Positive;
        import jakarta.validation.constraints.PositiveOrZero;
        import java.util.List;

        /**
         * One page of a list.
         *
         * @param <T> what is listed
         * @param items the items on this page
         * @param page this page's number, from 0
         * @param size the page size
         * @param total how many there are in all
         */
        public record «X»Page<T>(List<T> items, @PositiveOrZero int page, @Positive int size, long total) {

          public «X»Page {
            items = List.copyOf(items);
          }
        }
        """);
  }
}
