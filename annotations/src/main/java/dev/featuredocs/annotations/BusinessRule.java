package dev.featuredocs.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business rule of the feature, placed on the element that enforces it.
 *
 * <pre>{@code
 * @BusinessRule(value = "A document is shared with at most 50 people", id = "BR-SHARE-1")
 * public ShareResponse share(long documentId, ShareRequest request) { ... }
 * }</pre>
 *
 * <p>The summary lists the rule under "Business Rules" with its id and where it is enforced
 * ({@code DocumentSharingService#share}). The element must belong to a {@link Feature}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Repeatable(BusinessRule.List.class)
public @interface BusinessRule {

  /**
   * The rule, as one sentence a product owner would sign. Empty only when {@link #id()} names a rule
   * whose text is given on another element that enforces it: {@code @BusinessRule(id = "BR-SHARE-1")}.
   */
  String value() default "";

  /**
   * A stable identifier such as {@code "BR-SHARE-1"}, unique within the feature, that tests and
   * reviews can refer to. Repeat it on every element that enforces the rule, with the text given
   * once (or identically): the summary lists the rule once, with all of them. Empty: the rule is
   * listed without an id.
   */
  String id() default "";

  /** Holds repeated {@link BusinessRule} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
  @interface List {
    /** The repeated rules, in source order. */
    BusinessRule[] value();
  }
}
