package dev.featuredocs.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a test verifies business rules of a feature, by their ids.
 *
 * <pre>{@code
 * @Test
 * @Verifies(DocumentSharingFeature.Rules.BR_SHARE_1)
 * void shareWithFiftyFirstRecipient_returns422() { ... }
 * }</pre>
 *
 * <p>{@code DocumentSharingFeature} is the catalog featuredocs generates for the feature, so a
 * renamed or removed rule id is a compile error in the test; a plain string works too. When the
 * processor runs on the test sources it links each id to its rule and shows, in the feature's
 * summary, which tests verify each rule and which rules no test verifies. An id that no feature
 * of the test compilation declares is a compile error on this annotation, listing the known ids.
 *
 * <p>On a test method it covers that method; on a test class, every test method of the class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Verifies {

  /**
   * The ids of the rules this test verifies, as declared with {@link BusinessRule#id}, e.g.
   * {@code "BR-SHARE-1"}, best taken from the generated catalog's {@code Rules} constants. At least
   * one; each must be a rule id of the test's feature.
   */
  String[] value();
}
