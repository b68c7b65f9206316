/**
 * The annotations a team puts on its code so that featuredocs can write the feature's
 * Backend Feature Implementation Summary while {@code javac} compiles it.
 *
 * <ul>
 *   <li>{@link dev.featuredocs.annotations.Feature} names the feature a type or package belongs to;</li>
 *   <li>{@link dev.featuredocs.annotations.Phase} declares a phase of the feature's plan, or says that
 *       an element was delivered in one;</li>
 *   <li>{@link dev.featuredocs.annotations.BusinessRule} states a rule and marks where it is enforced;</li>
 *   <li>{@link dev.featuredocs.annotations.Verifies} links a test to the rules it verifies.</li>
 * </ul>
 *
 * <p>All four have class retention: they cost nothing at run time.
 */
package dev.featuredocs.annotations;
