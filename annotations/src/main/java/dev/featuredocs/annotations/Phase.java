package dev.featuredocs.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phase of the feature's implementation plan.
 *
 * <p>Used two ways. Where it carries a plan ({@link #order}, {@link #duration}, {@link #tasks},
 * {@link #openTasks}, {@link #tests}, {@link #openTests}) it <em>declares</em> the phase; declare
 * each phase once per feature, typically on its {@code package-info.java}. A bare
 * {@code @Phase("Phase 2: Sharing")} on a type, method, constructor or field says "this element was
 * delivered in that phase": the summary lists it under the phase. A plan on a type or member
 * declares the phase and lists the element too.
 *
 * <pre>{@code
 * @Phase(value = "Phase 1: Data model", order = 1, duration = "2 days",
 *        tasks = {"Document entity and repository"}, openTasks = {"Soft delete"},
 *        tests = {"Repository round-trip"})
 * }</pre>
 *
 * <p>The element must belong to a {@link Feature}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.PACKAGE
})
@Repeatable(Phase.List.class)
public @interface Phase {

  /** The phase's name, e.g. {@code "Phase 1: Data model"}; the key within its feature. Must not be blank. */
  String value();

  /**
   * Position of the phase in the plan: phases are listed by ascending order, then by name.
   * Zero (the default) means "not given"; such phases come after the ordered ones.
   */
  int order() default 0;

  /** How long the phase took, free text such as {@code "3 days"}: shown as "Duration". */
  String duration() default "";

  /** Tasks completed in the phase: listed as ticked boxes ({@code - [x]}). */
  String[] tasks() default {};

  /** Tasks of the phase still open: listed as empty boxes ({@code - [ ]}). */
  String[] openTasks() default {};

  /** Testing criteria the phase meets: listed as ticked boxes under "Testing". */
  String[] tests() default {};

  /** Testing criteria the phase does not meet yet: listed as empty boxes under "Testing". */
  String[] openTests() default {};

  /** Holds repeated {@link Phase} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({
    ElementType.TYPE,
    ElementType.METHOD,
    ElementType.CONSTRUCTOR,
    ElementType.FIELD,
    ElementType.PACKAGE
  })
  @interface List {
    /** The repeated phases, in source order. */
    Phase[] value();
  }
}
