package dev.featuredocs.benchmarks;

import java.util.Locale;
import java.util.Map;

/**
 * The domain side of a feature package: the {@code @Service} with three {@code @BusinessRule}s (and
 * the unusual Java: deep generics, a local and an anonymous class, a sealed interface with records,
 * non-ASCII identifiers; in one feature of {@value ProjectGenerator#LONG_EVERY} a few thousand extra
 * lines), the JPA {@code @Entity} with an enum of constant bodies, and the Spring Data repository.
 */
final class FeatureDomainFiles {
  private static final int LONG_EXTRA_METHODS = 300;

  private FeatureDomainFiles() {}

  /** {@code v}: the feature's template values ({@link ProjectGenerator}). */
  static void write(SourceWriter w, Map<String, String> v) {
    String pkg = v.get("PKG");
    String type = v.get("X");
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
  }

  /** A few thousand lines of package-private helpers: a very long feature file. */
  static String longMethods() {
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
}
