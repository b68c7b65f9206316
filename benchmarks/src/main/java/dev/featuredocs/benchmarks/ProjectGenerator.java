package dev.featuredocs.benchmarks;

import dev.featuredocs.processor.model.Slug;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic Spring backend of exactly {@code files} source files, {@code features} of
 * them documented with featuredocs, the rest plain code of no feature.
 *
 * <p>Each feature is a package of {@value #FILES_PER_FEATURE} files: {@code package-info.java}
 * ({@code @Feature} and two planned {@code @Phase}s), a {@code @RestController} with five endpoints,
 * four records with Bean Validation and Jackson annotations, a {@code @Service} with three
 * {@code @BusinessRule}s delivered in two phases, a JPA {@code @Entity} with indexes and a Spring
 * Data repository. Shared by all: a {@code @RestControllerAdvice}, two exceptions and constant
 * classes ({@value #COMMON_FILES} files). The rest are plain utilities, POJOs, beans, controllers
 * and entities with no featuredocs annotation.
 *
 * <p>Feature code is deliberately unusual where Java allows it, so the benchmark doubles as a
 * robustness test: deep generics, nested and local classes, records with compact constructors,
 * a sealed interface, an enum with constant bodies, annotation values that are constants of other
 * classes, non-ASCII identifiers and feature names, and one service in {@value #LONG_EVERY} (the
 * first, the 21st, …) a file of a few thousand lines. Output is a function of the two numbers only (no randomness).
 */
public final class ProjectGenerator {
  static final int FILES_PER_FEATURE = 9;
  static final int COMMON_FILES = 6;
  /** Of the common files, those javaparser may read besides feature files: the advice's handler bodies. */
  static final int ADVICE_FILES = 1;
  static final int LONG_EVERY = 20;
  private static final int LONG_EXTRA_METHODS = 300;
  private static final String BASE = "com.acme.shop";
  private static final String[] NOUNS = {
    "Invoice", "Order", "Shipment", "Coupon", "Review", "Ticket", "Payment", "Refund", "Subscription",
    "Warehouse", "Supplier", "Voucher", "Booking", "Contract", "Device", "Course", "Listing", "Claim",
    "Budget", "Campaign", "Prüfung", "Straßenkarte"
  };
  private static final Pattern TOKEN = Pattern.compile("«([A-Za-z]+)»");

  /** What was written. */
  public record Project(Path sourceRoot, List<Path> sources, List<Feature> features, int plainFiles) {}

  /** A generated feature: its name and the file name of its summary. */
  public record Feature(String name, String slug, int endpoints, int rules) {}

  private ProjectGenerator() {}

  /** The most features that fit in {@code files} files. */
  public static int maxFeatures(int files) {
    return Math.max(0, (files - COMMON_FILES) / FILES_PER_FEATURE);
  }

  public static Project generate(Path sourceRoot, int files, int features) {
    if (features < 1 || features > maxFeatures(files)) {
      throw new IllegalArgumentException(files + " files hold 1 to " + maxFeatures(files) + " features, not " + features);
    }
    List<Path> sources = new ArrayList<>();
    List<Feature> written = new ArrayList<>();
    Writer writer = new Writer(sourceRoot, sources);
    common(writer);
    for (int i = 1; i <= features; i++) {
      written.add(feature(writer, i));
    }
    int plain = files - sources.size();
    for (int j = 1; j <= plain; j++) {
      plain(writer, j);
    }
    if (sources.size() != files) {
      throw new IllegalStateException("wrote " + sources.size() + " files, not " + files);
    }
    return new Project(sourceRoot, List.copyOf(sources), List.copyOf(written), plain);
  }

  // ---------------------------------------------------------------- common

  private static void common(Writer w) {
    Map<String, String> v = Map.of("BASE", BASE);
    w.write(BASE + ".common", "ApiPaths", v, """
        package «BASE».common;

        /** URL prefixes shared by all controllers. */
        public final class ApiPaths {
          /** Version 1 of the public API. */
          public static final String V1 = "/api/v1";

          private ApiPaths() {}
        }
        """);
    w.write(BASE + ".common", "Limits", v, """
        package «BASE».common;

        /** Sizes and durations that annotations across the code base refer to. */
        public final class Limits {
          public static final int NAME_MAX = 120;
          public static final int EMAIL_MAX = 320;
          public static final int NOTE_MAX = 2_000;
          public static final long QUANTITY_MAX = 10_000L;
          public static final long PAGE_MAX = 100L;
          public static final String SPRINT = "2 weeks";
          public static final String CURRENCY = "^[A-Z]{3}$";

          private Limits() {}
        }
        """);
    w.write(BASE + ".common", "Texts", v, """
        package «BASE».common;

        import java.text.Normalizer;
        import java.util.Locale;

        /** Text helpers. */
        public final class Texts {
          private Texts() {}

          /** Trims, collapses inner white space and normalises to NFC. */
          public static String normalize(String text) {
            if (text == null) {
              return null;
            }
            return Normalizer.normalize(text.strip().replaceAll("\\\\s+", " "), Normalizer.Form.NFC);
          }

          /** Lower case, for comparisons. */
          public static String key(String text) {
            return normalize(text).toLowerCase(Locale.ROOT);
          }
        }
        """);
    w.write(BASE + ".common", "NotFoundException", v, """
        package «BASE».common;

        /** Something the request names does not exist. */
        public class NotFoundException extends RuntimeException {
          public NotFoundException(String what, long id) {
            super(what + " " + id + " does not exist");
          }
        }
        """);
    w.write(BASE + ".common", "BusinessRuleException", v, """
        package «BASE».common;

        /** A request breaks a business rule; carries the rule's id. */
        public class BusinessRuleException extends RuntimeException {
          private final String ruleId;

          public BusinessRuleException(String ruleId, String message) {
            super(message);
            this.ruleId = ruleId;
          }

          public String ruleId() {
            return ruleId;
          }
        }
        """);
    w.write(BASE + ".common", "ApiExceptionHandler", v, """
        package «BASE».common;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ProblemDetail;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.MethodArgumentNotValidException;
        import org.springframework.web.bind.annotation.ExceptionHandler;
        import org.springframework.web.bind.annotation.ResponseStatus;
        import org.springframework.web.bind.annotation.RestControllerAdvice;

        /** Maps exceptions of every controller to statuses and RFC 9457 problem bodies. */
        @RestControllerAdvice
        public class ApiExceptionHandler {

          /** 404 for anything that does not exist. */
          @ExceptionHandler(NotFoundException.class)
          @ResponseStatus(HttpStatus.NOT_FOUND)
          public ProblemDetail notFound(NotFoundException exception) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
          }

          /** 422 with the rule id for a broken business rule. */
          @ExceptionHandler(BusinessRuleException.class)
          public ResponseEntity<ProblemDetail> ruleBroken(BusinessRuleException exception) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage());
            problem.setProperty("ruleId", exception.ruleId());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
          }

          /** 400 for a body that fails validation. */
          @ExceptionHandler(MethodArgumentNotValidException.class)
          @ResponseStatus(HttpStatus.BAD_REQUEST)
          public ProblemDetail invalid(MethodArgumentNotValidException exception) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request body");
          }
        }
        """);
  }

  // ---------------------------------------------------------------- features

  private static Feature feature(Writer w, int i) {
    String noun = NOUNS[(i - 1) % NOUNS.length];
    String ascii = java.text.Normalizer.normalize(noun, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace("ß", "ss");
    String type = ascii + i;
    String lower = ascii.toLowerCase(Locale.ROOT);
    String pkg = BASE + "." + lower + i;
    String name = noun + " " + i + (i % 2 == 0 ? " Management" : " Self-Service");
    Map<String, String> v = Map.ofEntries(
        Map.entry("BASE", BASE),
        Map.entry("PKG", pkg),
        Map.entry("X", type),
        Map.entry("x", Character.toLowerCase(type.charAt(0)) + type.substring(1)),
        Map.entry("THING", noun.toLowerCase(Locale.ROOT)),
        Map.entry("A", "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a"),
        Map.entry("AN", "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "An" : "A"),
        Map.entry("FEATURE", name),
        Map.entry("PATH", "/" + lower + "s-" + i),
        Map.entry("TABLE", lower + "s_" + i),
        Map.entry("ID", ascii.substring(0, 3).toUpperCase(Locale.ROOT) + i),
        Map.entry("DATE", String.format(Locale.ROOT, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28)),
        Map.entry("TEAM", "Team " + (char) ('A' + i % 26)),
        Map.entry("SLUG", Slug.of(name)),
        Map.entry("LONG", i % LONG_EVERY == 1 ? longMethods() : ""));

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

    w.write(pkg, type + "Service", v, """
        package «PKG»;

        import «BASE».common.BusinessRuleException;
        import «BASE».common.Limits;
        import «BASE».common.NotFoundException;
        import «BASE».common.Texts;
        import dev.featuredocs.annotations.BusinessRule;
        import dev.featuredocs.annotations.Phase;
        import java.time.Clock;
        import java.time.Instant;
        import java.util.ArrayList;
        import java.util.Collection;
        import java.util.Comparator;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.SortedMap;
        import java.util.TreeMap;
        import java.util.function.Function;
        import org.springframework.data.domain.PageRequest;
        import org.springframework.stereotype.Service;

        /**
         * Creates, finds, lists, changes and deletes «THING»s, enforcing the «FEATURE» rules.
         */
        @Service
        public class «X»Service {
          private final «X»Repository repository;
          private final Clock clock;

          public «X»Service(«X»Repository repository, Clock clock) {
            this.repository = repository;
            this.clock = clock;
          }

          /**
           * Creates «A» «THING».
           *
           * @param request the new «THING»
           * @return the stored «THING»
           */
          @Phase("Phase 1: Data model")
          @BusinessRule(value = "«AN» «THING»'s name is unique, ignoring case.", id = "BR-«ID»-1")
          public «X»Response create(Create«X»Request request) {
            String name = Texts.normalize(request.name());
            if (repository.existsByNameIgnoreCase(name)) {
              throw new BusinessRuleException("BR-«ID»-1", "name taken: " + name);
            }
            «X» entity = new «X»(name, request.contact(), request.quantity(), clock.instant());
            return «X»Response.from(repository.save(entity));
          }

          /**
           * Finds «A» «THING».
           *
           * @param id its id
           * @return the «THING»
           */
          public «X»Response get(long id) {
            return «X»Response.from(require(id));
          }

          /**
           * Lists «THING»s.
           *
           * @param page the page
           * @param size its size
           * @param status only this status, or all
           * @param straße only this street, or all
           * @return the page
           */
          public «X»Page<«X»Response> list(int page, int size, «X».Status status, String straße) {
            List<«X»> found = status == null
                ? repository.findAll(PageRequest.of(page, size)).getContent()
                : repository.findByStatus(status, PageRequest.of(page, size));
            double 价格 = 0;
            List<«X»Response> items = new ArrayList<>();
            for («X» item : found) {
              if (straße == null || straße.equals(item.getGröße())) {
                items.add(«X»Response.from(item));
                价格 += item.getQuantity();
              }
            }
            return new «X»Page<>(items, page, size, zählen(items) + (long) (价格 * 0));
          }

          /**
           * Changes «A» «THING».
           *
           * @param id its id
           * @param request the new values
           * @return the changed «THING»
           */
          @Phase("Phase 2: API")
          @BusinessRule(value = "«AN» «THING»'s status only moves forward.", id = "BR-«ID»-2")
          @BusinessRule(value = "A note is at most " + Limits.NOTE_MAX + " characters long.", id = "BR-«ID»-3")
          public «X»Response update(long id, Update«X»Request request) {
            «X» entity = require(id);
            Decision decision = decide(entity, request);
            if (decision instanceof Decision.Rejected rejected) {
              throw new BusinessRuleException(rejected.ruleId(), rejected.reason());
            }
            entity.change(request.status(), request.größe(), ((Decision.Approved) decision).at());
            return «X»Response.from(repository.save(entity));
          }

          /**
           * Deletes «A» «THING».
           *
           * @param id its id
           */
          public void delete(long id) {
            repository.delete(require(id));
          }

          /**
           * Groups «THING»s by a key, for reports.
           *
           * @param key the grouping key
           * @param items what to group
           * @param <K> the key type
           * @return groups in key order
           */
          public <K extends Comparable<? super K>> SortedMap<K, List<Map.Entry<String, Optional<? extends Number>>>> index(
              Function<? super «X», ? extends K> key, Collection<? extends «X»> items) {
            SortedMap<K, List<Map.Entry<String, Optional<? extends Number>>>> result = new TreeMap<>();
            for («X» item : items) {
              Optional<? extends Number> quantity = Optional.of(item.getQuantity());
              result.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(Map.entry(item.getName(), quantity));
            }
            return result;
          }

          private «X» require(long id) {
            return repository.findById(id).orElseThrow(() -> new NotFoundException("«X»", id));
          }

          private Decision decide(«X» entity, Update«X»Request request) {
            class Check {
              private final List<String[]> problems = new ArrayList<>();

              void require(boolean ok, String rule, String reason) {
                if (!ok) {
                  problems.add(new String[] {rule, reason});
                }
              }
            }
            Check check = new Check();
            check.require(entity.getStatus().canMoveTo(request.status()), "BR-«ID»-2", "status moves backwards");
            check.require(request.note() == null || request.note().length() <= Limits.NOTE_MAX, "BR-«ID»-3", "note too long");
            Comparator<String[]> byRule = new Comparator<>() {
              @Override
              public int compare(String[] a, String[] b) {
                return a[0].compareTo(b[0]);
              }
            };
            check.problems.sort(byRule);
            return check.problems.isEmpty()
                ? new Decision.Approved(clock.instant())
                : new Decision.Rejected(check.problems.get(0)[0], check.problems.get(0)[1]);
          }

          private static int zählen(Collection<?> items) {
            return items.size();
          }

          /** What {@link #decide} concluded. */
          sealed interface Decision permits Decision.Approved, Decision.Rejected {
            /** The change may go ahead. */
            record Approved(Instant at) implements Decision {}

            /** The change breaks a rule. */
            record Rejected(String ruleId, String reason) implements Decision {
              public Rejected {
                if (ruleId == null) {
                  throw new IllegalArgumentException("rule id");
                }
              }
            }
          }
        «LONG»}
        """);

    w.write(pkg, type, v, """
        package «PKG»;

        import «BASE».common.Limits;
        import dev.featuredocs.annotations.Phase;
        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.EnumType;
        import jakarta.persistence.Enumerated;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Index;
        import jakarta.persistence.Table;
        import jakarta.persistence.UniqueConstraint;
        import java.time.Instant;

        /**
         * A stored «THING»: its name, quantity and lifecycle status.
         */
        @Entity
        @Table(
            name = "«TABLE»",
            indexes = {
              @Index(name = "idx_«TABLE»_name", columnList = "name"),
              @Index(name = "idx_«TABLE»_status_created", columnList = "status, created_at")
            },
            uniqueConstraints = @UniqueConstraint(name = "uk_«TABLE»_name", columnNames = "name"))
        @Phase("Phase 1: Data model")
        public class «X» {

          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(nullable = false, length = Limits.NAME_MAX)
          private String name;

          @Column(length = Limits.EMAIL_MAX)
          private String contact;

          private int quantity;

          @Enumerated(EnumType.STRING)
          @Column(nullable = false, length = 16)
          private Status status;

          @Column(name = "groesse", length = 8)
          private String größe;

          @Column(name = "created_at", nullable = false, updatable = false)
          private Instant createdAt;

          @Column(name = "updated_at")
          private Instant updatedAt;

          /** For JPA. */
          protected «X»() {}

          public «X»(String name, String contact, int quantity, Instant now) {
            this.name = name;
            this.contact = contact;
            this.quantity = quantity;
            this.status = Status.OPEN;
            this.createdAt = now;
          }

          public Long getId() {
            return id;
          }

          public String getName() {
            return name;
          }

          public String getContact() {
            return contact;
          }

          public int getQuantity() {
            return quantity;
          }

          public Status getStatus() {
            return status;
          }

          public String getGröße() {
            return größe;
          }

          public Instant getCreatedAt() {
            return createdAt;
          }

          public Instant getUpdatedAt() {
            return updatedAt;
          }

          void change(Status next, String größe, Instant now) {
            this.status = next;
            this.größe = größe;
            this.updatedAt = now;
          }

          /** Lifecycle: OPEN, then ACTIVE, then CLOSED. */
          public enum Status {
            OPEN {
              @Override
              public boolean canMoveTo(Status next) {
                return next != OPEN;
              }
            },
            ACTIVE {
              @Override
              public boolean canMoveTo(Status next) {
                return next == CLOSED;
              }
            },
            CLOSED {
              @Override
              public boolean canMoveTo(Status next) {
                return false;
              }
            };

            /** Whether the status may change to {@code next}. */
            public abstract boolean canMoveTo(Status next);
          }
        }
        """);

    w.write(pkg, type + "Repository", v, """
        package «PKG»;

        import java.util.List;
        import org.springframework.data.domain.Pageable;
        import org.springframework.data.repository.ListCrudRepository;
        import org.springframework.data.repository.ListPagingAndSortingRepository;

        /** Stores and finds {@link «X»}s; the derived queries use the name and status indexes. */
        public interface «X»Repository extends ListCrudRepository<«X», Long>, ListPagingAndSortingRepository<«X», Long> {

          boolean existsByNameIgnoreCase(String name);

          List<«X»> findByStatus(«X».Status status, Pageable pageable);

          long countByStatus(«X».Status status);
        }
        """);
    return new Feature(name, Slug.of(name), 5, 3);
  }

  /** A few thousand lines of package-private helpers: a very long feature file. */
  private static String longMethods() {
    StringBuilder out = new StringBuilder();
    for (int k = 1; k <= LONG_EXTRA_METHODS; k++) {
      out.append(String.format(Locale.ROOT, """

            /** Step %1$d of the nightly reconciliation. */
            static long reconcileStep%1$d(long value) {
              long v = value ^ %1$dL;
              for (int i = 0; i < 3; i++) {
                v = Long.rotateLeft(v, 7) + i;
              }
              return v;
            }
          """, k));
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- plain code, no feature

  private static void plain(Writer w, int j) {
    String pkg = BASE + ".support.s" + (j - 1) / 40;
    Map<String, String> v = Map.of("BASE", BASE, "PKG", pkg, "J", Integer.toString(j));
    switch (j % 5) {
      case 0 -> w.write(pkg, "StringTools" + j, v, """
          package «PKG»;

          import java.util.ArrayList;
          import java.util.List;
          import java.util.Locale;

          /** String helpers, variant «J». */
          public final class StringTools«J» {
            private StringTools«J»() {}

            public static String pad(String s, int width) {
              StringBuilder out = new StringBuilder(s);
              while (out.length() < width) {
                out.append(' ');
              }
              return out.toString();
            }

            public static List<String> words(String s) {
              List<String> out = new ArrayList<>();
              for (String w : s.split("\\\\s+")) {
                if (!w.isEmpty()) {
                  out.add(w.toLowerCase(Locale.ROOT));
                }
              }
              return out;
            }

            public static String initials(String s) {
              StringBuilder out = new StringBuilder();
              for (String w : words(s)) {
                out.append(Character.toUpperCase(w.charAt(0)));
              }
              return out.toString();
            }

            public static int checksum(String s) {
              int sum = «J»;
              for (int i = 0; i < s.length(); i++) {
                sum = sum * 31 + s.charAt(i);
              }
              return sum;
            }
          }
          """);
      case 1 -> w.write(pkg, "LegacyRecord" + j, v, """
          package «PKG»;

          import java.util.Objects;

          /** A record of the old system, variant «J». */
          public class LegacyRecord«J» {
            private long id;
            private String code;
            private String label;
            private int weight;
            private boolean active;

            public long getId() {
              return id;
            }

            public void setId(long id) {
              this.id = id;
            }

            public String getCode() {
              return code;
            }

            public void setCode(String code) {
              this.code = code;
            }

            public String getLabel() {
              return label;
            }

            public void setLabel(String label) {
              this.label = label;
            }

            public int getWeight() {
              return weight;
            }

            public void setWeight(int weight) {
              this.weight = weight;
            }

            public boolean isActive() {
              return active;
            }

            public void setActive(boolean active) {
              this.active = active;
            }

            @Override
            public boolean equals(Object o) {
              return o instanceof LegacyRecord«J» other && id == other.id && Objects.equals(code, other.code);
            }

            @Override
            public int hashCode() {
              return Objects.hash(id, code);
            }
          }
          """);
      case 2 -> w.write(pkg, "ReportJob" + j, v, """
          package «PKG»;

          import java.time.Clock;
          import java.time.Duration;
          import java.time.Instant;
          import java.util.ArrayList;
          import java.util.List;
          import org.springframework.stereotype.Service;

          /** A nightly report, variant «J»; a bean of no feature. */
          @Service
          public class ReportJob«J» {
            private final Clock clock;
            private final List<Instant> runs = new ArrayList<>();

            public ReportJob«J»(Clock clock) {
              this.clock = clock;
            }

            public void run() {
              runs.add(clock.instant());
              if (runs.size() > 100) {
                runs.remove(0);
              }
            }

            public Duration sinceLastRun() {
              return runs.isEmpty() ? Duration.ZERO : Duration.between(runs.get(runs.size() - 1), clock.instant());
            }
          }
          """);
      case 3 -> w.write(pkg, "InternalStatus" + j + "Controller", v, """
          package «PKG»;

          import java.util.Map;
          import org.springframework.web.bind.annotation.GetMapping;
          import org.springframework.web.bind.annotation.PathVariable;
          import org.springframework.web.bind.annotation.RequestMapping;
          import org.springframework.web.bind.annotation.RestController;

          /** Internal status endpoints, variant «J»; not documented as a feature. */
          @RestController
          @RequestMapping("/internal/status-«J»")
          public class InternalStatus«J»Controller {

            @GetMapping
            public Map<String, String> status() {
              return Map.of("status", "up", "variant", "«J»");
            }

            @GetMapping("/{key}")
            public String value(@PathVariable String key) {
              return key + "-«J»";
            }
          }
          """);
      default -> w.write(pkg, "Cache" + j, v, """
          package «PKG»;

          import java.util.LinkedHashMap;
          import java.util.Map;
          import java.util.function.Function;

          /** A small LRU cache, variant «J». */
          public class Cache«J»<K, V> {
            private final int capacity;
            private final Map<K, V> entries;

            public Cache«J»(int capacity) {
              this.capacity = capacity;
              this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                  return size() > Cache«J».this.capacity;
                }
              };
            }

            public V get(K key, Function<? super K, ? extends V> load) {
              return entries.computeIfAbsent(key, load);
            }

            public int size() {
              return entries.size();
            }

            /** Statistics of the cache. */
            public record Stats(int size, int capacity) {}

            public Stats stats() {
              return new Stats(entries.size(), capacity);
            }
          }
          """);
    }
  }

  /** Fills templates and writes them under the source root. */
  private record Writer(Path root, List<Path> written) {
    void write(String pkg, String simpleName, Map<String, String> values, String template) {
      Matcher m = TOKEN.matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value = values.get(m.group(1));
        if (value == null) {
          throw new IllegalArgumentException("no value for «" + m.group(1) + "» in " + simpleName);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written.add(file);
    }
  }
}
