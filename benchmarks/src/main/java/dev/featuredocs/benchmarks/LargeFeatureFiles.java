package dev.featuredocs.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One large feature shaped like a real API module: {@code resources} resources (8 by default), each
 * with a {@code @RestController} of five endpoints, a use-case interface (the port the controller
 * injects) implemented by a {@code @Service}, a JPA entity and a Spring Data repository, and four
 * models nested four deep (body → details → part → leaf) with the constraints real projects write:
 * Unicode-letter names ({@code \p{L}}), an e-mail pattern with atomic groups, codes, sizes and bounds.
 * With 8 resources: 40 endpoints, 32 models, 8 services behind 8 interfaces, 8 entities and repositories.
 */
final class LargeFeatureFiles {
  static final String FEATURE = "Customer Accounts";
  /** Files per resource: controller, use case, service, entity, repository and four models. */
  static final int FILES_PER_RESOURCE = 9;
  static final int ENDPOINTS_PER_RESOURCE = 5;
  static final int RULES_PER_RESOURCE = 1;
  private static final String[] RESOURCES = {
    "Customer", "Address", "Contact", "Preference", "Consent", "Document", "Membership", "Note",
    "Invitation", "Device", "Session", "Payout"
  };
  static final String NAME_PATTERN = "^[\\\\p{L}]+([ '-][\\\\p{L}]+){0,2}$";
  static final String EMAIL_PATTERN = "^(?>[A-Za-z0-9._%+-]+)@(?>[A-Za-z0-9-]+\\\\.)+[A-Za-z]{2,}$";

  private LargeFeatureFiles() {}

  static int maxResources() {
    return RESOURCES.length;
  }

  /** Writes the feature (package-info and {@code resources} resources) under {@code base}.accounts. */
  static ProjectGenerator.Feature write(SourceWriter w, String base, int resources) {
    if (resources < 1 || resources > RESOURCES.length) {
      throw new IllegalArgumentException("1 to " + RESOURCES.length + " resources, not " + resources);
    }
    String pkg = base + ".accounts";
    Map<String, String> common = Map.of("BASE", base, "PKG", pkg, "FEATURE", FEATURE,
        "NAME", NAME_PATTERN, "EMAIL", EMAIL_PATTERN);
    w.write(pkg, "package-info", common, """
        /**
         * «FEATURE»: customers and their addresses, contacts, preferences, consents, documents,
         * memberships and notes, each behind its own use case.
         */
        @Feature(value = "«FEATURE»", businessValue = "One place for everything the company knows about a customer.",
            implementedOn = "2026-11-30", owner = "Team Accounts")
        @Phase(value = "Phase 1: API", order = 1, duration = "2 weeks", tasks = {"Endpoints", "Models"})
        package «PKG»;

        import dev.featuredocs.annotations.Feature;
        import dev.featuredocs.annotations.Phase;
        """);
    for (String resource : List.of(RESOURCES).subList(0, resources)) {
      Map<String, String> v = new HashMap<>(common);
      v.put("X", resource);
      v.put("x", resource.toLowerCase(Locale.ROOT));
      v.put("ID", resource.toUpperCase(Locale.ROOT));
      v.put("TABLE", resource.toLowerCase(Locale.ROOT) + "s");
      writeResource(w, pkg, v);
    }
    return new ProjectGenerator.Feature(FEATURE, dev.featuredocs.processor.model.Slug.of(FEATURE),
        resources * ENDPOINTS_PER_RESOURCE, resources * RULES_PER_RESOURCE);
  }

  private static void writeResource(SourceWriter w, String pkg, Map<String, String> v) {
    String x = v.get("X");
    w.write(pkg, x + "Controller", v, """
        package «PKG»;

        import jakarta.validation.Valid;
        import jakarta.validation.constraints.Max;
        import jakarta.validation.constraints.Min;
        import java.net.URI;
        import java.util.List;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        /** «X»s of a customer account. */
        @RestController
        @RequestMapping("/api/accounts/«x»s")
        public class «X»Controller {
          private final «X»UseCase useCase;

          public «X»Controller(«X»UseCase useCase) {
            this.useCase = useCase;
          }

          /** Creates a «x». */
          @PostMapping
          public ResponseEntity<«X»Body> create(@Valid @RequestBody «X»Body body) {
            «X»Body created = useCase.create(body);
            return ResponseEntity.created(URI.create("/api/accounts/«x»s/" + created.id())).body(created);
          }

          /** Returns one «x». */
          @GetMapping("/{id}")
          public «X»Body get(@PathVariable long id) {
            return useCase.get(id);
          }

          /** Lists «x»s, a page at a time. */
          @GetMapping
          public List<«X»Body> list(@RequestParam(defaultValue = "0") @Min(0) int page,
              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
            return useCase.list(page, size);
          }

          /** Replaces a «x». */
          @PutMapping("/{id}")
          public «X»Body update(@PathVariable long id, @Valid @RequestBody «X»Body body) {
            return useCase.update(id, body);
          }

          /** Deletes a «x». */
          @DeleteMapping("/{id}")
          @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
          public void delete(@PathVariable long id) {
            useCase.delete(id);
          }
        }
        """);
    w.write(pkg, x + "UseCase", v, """
        package «PKG»;

        import java.util.List;

        /** What the API may do with «x»s: the port the controller depends on. */
        public interface «X»UseCase {
          «X»Body create(«X»Body body);

          «X»Body get(long id);

          List<«X»Body> list(int page, int size);

          «X»Body update(long id, «X»Body body);

          void delete(long id);
        }
        """);
    w.write(pkg, x + "Service", v, """
        package «PKG»;

        import «BASE».common.BusinessRuleException;
        import «BASE».common.NotFoundException;
        import dev.featuredocs.annotations.BusinessRule;
        import java.util.List;
        import org.springframework.data.domain.PageRequest;
        import org.springframework.stereotype.Service;
        import org.springframework.transaction.annotation.Transactional;

        /** The «X»UseCase, over the «x» table. */
        @Service
        @Transactional
        public class «X»Service implements «X»UseCase {
          private final «X»Repository repository;

          public «X»Service(«X»Repository repository) {
            this.repository = repository;
          }

          @Override
          @BusinessRule(value = "A «x»'s name is unique within its account.", id = "BR-ACC-«ID»")
          public «X»Body create(«X»Body body) {
            if (repository.existsByNameIgnoreCase(body.name())) {
              throw new BusinessRuleException("BR-ACC-«ID»", "name taken: " + body.name());
            }
            return toBody(repository.save(new «X»Entity(body.name(), body.email())), body.details());
          }

          @Override
          @Transactional(readOnly = true)
          public «X»Body get(long id) {
            return toBody(require(id), null);
          }

          @Override
          @Transactional(readOnly = true)
          public List<«X»Body> list(int page, int size) {
            return repository.findAll(PageRequest.of(page, size)).map(e -> toBody(e, null)).getContent();
          }

          @Override
          public «X»Body update(long id, «X»Body body) {
            «X»Entity entity = require(id);
            entity.rename(body.name(), body.email());
            return toBody(entity, body.details());
          }

          @Override
          public void delete(long id) {
            repository.delete(require(id));
          }

          private «X»Entity require(long id) {
            return repository.findById(id).orElseThrow(() -> new NotFoundException("«x»", id));
          }

          private static «X»Body toBody(«X»Entity entity, «X»Details details) {
            return new «X»Body(entity.getId(), entity.getName(), entity.getEmail(), details);
          }
        }
        """);
    w.write(pkg, x + "Entity", v, """
        package «PKG»;

        import jakarta.persistence.*;

        /** A stored «x». */
        @Entity
        @Table(name = "«TABLE»", indexes = @Index(name = "ix_«TABLE»_name", columnList = "name"))
        public class «X»Entity {
          @Id
          @GeneratedValue
          private Long id;

          @Column(nullable = false, length = 80)
          private String name;

          @Column(length = 254)
          private String email;

          protected «X»Entity() {}

          public «X»Entity(String name, String email) {
            this.name = name;
            this.email = email;
          }

          public Long getId() {
            return id;
          }

          public String getName() {
            return name;
          }

          public String getEmail() {
            return email;
          }

          void rename(String name, String email) {
            this.name = name;
            this.email = email;
          }
        }
        """);
    w.write(pkg, x + "Repository", v, """
        package «PKG»;

        import org.springframework.data.repository.PagingAndSortingRepository;
        import org.springframework.data.repository.CrudRepository;

        /** «X»s by name. */
        public interface «X»Repository extends CrudRepository<«X»Entity, Long>, PagingAndSortingRepository<«X»Entity, Long> {
          boolean existsByNameIgnoreCase(String name);
        }
        """);
    w.write(pkg, x + "Body", v, """
        package «PKG»;

        import com.fasterxml.jackson.annotation.JsonProperty;
        import jakarta.validation.Valid;
        import jakarta.validation.constraints.NotBlank;
        import jakarta.validation.constraints.NotNull;
        import jakarta.validation.constraints.Pattern;
        import jakarta.validation.constraints.Size;

        /**
         * A «x» as the API sends and receives it.
         *
         * @param id its id, set by the server
         * @param name the display name, letters of any script
         * @param email where to write to
         * @param details what else is known
         */
        public record «X»Body(
            @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
            @NotBlank @Size(max = 80) @Pattern(regexp = "«NAME»") String name,
            @NotNull @Size(max = 254) @Pattern(regexp = "«EMAIL»") String email,
            @NotNull @Valid «X»Details details) {}
        """);
    w.write(pkg, x + "Details", v, """
        package «PKG»;

        import jakarta.validation.Valid;
        import jakarta.validation.constraints.NotNull;
        import jakarta.validation.constraints.Pattern;
        import jakarta.validation.constraints.Size;
        import java.util.List;

        /**
         * Details of a «x».
         *
         * @param label a short label
         * @param parts its parts, at least one
         * @param primary the main part
         */
        public record «X»Details(
            @Size(max = 40) @Pattern(regexp = "«NAME»") String label,
            @NotNull @Size(min = 1, max = 10) List<@Valid «X»Part> parts,
            @NotNull @Valid «X»Part primary) {}
        """);
    w.write(pkg, x + "Part", v, """
        package «PKG»;

        import jakarta.validation.Valid;
        import jakarta.validation.constraints.NotNull;
        import jakarta.validation.constraints.Pattern;

        /**
         * One part of a «x»'s details.
         *
         * @param code its code, two letters and four digits
         * @param leaf its value
         * @param contact who to ask about it
         */
        public record «X»Part(
            @NotNull @Pattern(regexp = "^[A-Z]{2}-\\\\d{4}$") String code,
            @NotNull @Valid «X»Leaf leaf,
            @Pattern(regexp = "«EMAIL»") String contact) {}
        """);
    w.write(pkg, x + "Leaf", v, """
        package «PKG»;

        import jakarta.validation.constraints.Max;
        import jakarta.validation.constraints.Min;
        import jakarta.validation.constraints.NotNull;
        import jakarta.validation.constraints.Size;

        /**
         * The value at the bottom of a «x».
         *
         * @param amount how much, 0 to 10,000
         * @param note a note
         * @param owner whose it is
         */
        public record «X»Leaf(
            @NotNull @Min(0) @Max(10_000) Integer amount,
            @Size(max = 200) String note,
            @Size(min = 2, max = 60) @jakarta.validation.constraints.Pattern(regexp = "«NAME»") String owner) {}
        """);
  }
}
