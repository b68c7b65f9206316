package dev.featuredocs.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the feature that the annotated type or package belongs to.
 *
 * <p>An element belongs to the feature named on itself, else on its enclosing type, else on its
 * package ({@code package-info.java}). Types that a feature's types inject (services, repositories)
 * join the feature too, unless they name a feature of their own.
 *
 * <p>The descriptive attributes ({@link #businessValue}, {@link #implementedOn}, {@link #owner},
 * {@link #prp}, {@link #prd}) and {@link #catalog} may be given on any one declaration of the feature; every other
 * declaration just names it. Giving one of them twice with different values is a compile error.
 *
 * <pre>{@code
 * @Feature(value = "Document Sharing",
 *          businessValue = "Teams share documents without e-mailing copies",
 *          implementedOn = "2026-11-20", owner = "Docs team",
 *          prp = "docs/PRPs/document-sharing-backend-prp.md", prd = "docs/PRDs/sharing.md")
 * package com.example.sharing;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE, ElementType.METHOD})
public @interface Feature {

  /**
   * The feature's name, as it appears as the summary's title; also its key: every declaration
   * with the same name is the same feature. Must not be blank. The summary's file name is derived
   * from it ({@code "Document Sharing"} → {@code document-sharing.md}).
   */
  String value();

  /** What the feature is for, in a sentence or two: shown as "Business Value". Empty: not declared. */
  String businessValue() default "";

  /**
   * The day the feature was implemented, as an ISO-8601 date ({@code 2026-11-20}): shown as
   * "Implementation Date". Empty: not declared.
   */
  String implementedOn() default "";

  /** The developer, team or agent who owns the feature: shown as "Developer/Agent". Empty: not declared. */
  String owner() default "";

  /**
   * The Product Requirements Prompt the feature implements: a URL, or a path relative to the
   * directory the summaries are written to. Shown as a link. Empty: not declared.
   */
  String prp() default "";

  /**
   * The Product Requirements Document section the feature implements: a URL, or a path relative
   * to the directory the summaries are written to. Shown as a link. Empty: not declared.
   */
  String prd() default "";

  /**
   * The name of the Java catalog featuredocs generates for the feature: a class with the feature's
   * name, slug, summary resource, and a constant per business rule id and per endpoint, for tests
   * to reference (e.g. {@code @Verifies(DocumentSharingFeature.Rules.BR_SHARE_1)}). A simple name
   * puts it in the package of the feature's first declaration, a qualified name where it says.
   * Empty: the feature's name in Pascal case with {@code Feature} appended, in that package
   * ({@code "Document Sharing"} → {@code DocumentSharingFeature}). Set it when that name is taken
   * by another type, or is not a Java name. Like the descriptive attributes, give it on one
   * declaration of the feature.
   */
  String catalog() default "";
}
