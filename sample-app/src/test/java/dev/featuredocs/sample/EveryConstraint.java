package dev.featuredocs.sample;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request body with one of every constraint that becomes a schema keyword, for
 * {@link ModelTruthHarnessTest} only: its hand-written schema
 * ({@code truth/EveryConstraint.right.schema.json}) shows the shape the processor should emit for
 * each, and proves that {@link Mutations} mutates every keyword and that {@link ModelTruth} finds
 * nothing wrong with a right schema.
 *
 * @param name not blank, 2 to 20 characters
 * @param email an e-mail address, or null
 * @param code three capital letters
 * @param rating 1 to 10; a primitive, so Jackson requires it
 * @param share more than 0 and less than 100, or null
 * @param accepted must be true
 * @param tags 1 to 3 tags of at most 5 characters each
 * @param counts 1 or 2 non-negative counts by name, or null
 * @param address where, validated in depth ({@code @Valid})
 * @param level LOW or HIGH
 * @param day a date, or null
 * @param id a UUID, or null
 * @param link an absolute URI, or null
 * @param shape a circle or a square told apart by {@code kind}, or null
 */
record EveryConstraint(
    @NotBlank @Size(min = 2, max = 20) String name,
    @Email String email,
    @NotNull @Pattern(regexp = "^[A-Z]{3}$") String code,
    @Min(1) @Max(10) int rating,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
        BigDecimal share,
    @AssertTrue boolean accepted,
    @NotNull @Size(min = 1, max = 3) List<@Size(max = 5) String> tags,
    @Size(min = 1, max = 2) Map<String, @Min(0) Integer> counts,
    @Valid @NotNull Address address,
    @NotNull Level level,
    LocalDate day,
    UUID id,
    URI link,
    @Valid Shape shape) {

  /**
   * A postal address.
   *
   * @param city not blank
   * @param zip five digits, or null
   */
  record Address(@NotBlank String city, @Pattern(regexp = "^[0-9]{5}$") String zip) {}

  /** How much. */
  enum Level {
    LOW,
    HIGH
  }

  /** A shape, written with its kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Circle.class, name = "circle"),
    @JsonSubTypes.Type(value = Square.class, name = "square")
  })
  sealed interface Shape permits Circle, Square {}

  /**
   * A circle.
   *
   * @param radius at least 1
   */
  record Circle(@Min(1) int radius) implements Shape {}

  /**
   * A square.
   *
   * @param side at least 1
   */
  record Square(@Min(1) int side) implements Shape {}
}
