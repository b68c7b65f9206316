package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.harvest.web.ExceptionStatuses;
import dev.featuredocs.processor.harvest.web.FeatureExceptions;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.review.HealthCheckDoc;
import dev.featuredocs.processor.model.review.IssueDoc;
import dev.featuredocs.processor.model.review.TroubleshootingDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The Troubleshooting Guide: one issue per exception of the feature (its javadoc, the status and
 * body a client sees, the fix from its {@code @fix} tag), the logger names to raise to DEBUG, and
 * the feature's health indicators.
 */
public final class TroubleshootingHarvester {
  /** The javadoc block tag that says how to resolve an exception. */
  static final String FIX_TAG = "fix";
  /** Spring Boot 4 moved the health contracts out of the actuator module; both spellings count. */
  private static final Set<String> HEALTH_INDICATORS = Set.of(
      "org.springframework.boot.health.contributor.HealthIndicator",
      "org.springframework.boot.health.contributor.ReactiveHealthIndicator",
      "org.springframework.boot.actuate.health.HealthIndicator",
      "org.springframework.boot.actuate.health.ReactiveHealthIndicator");
  private static final String BEAN = "org.springframework.context.annotation.Bean";

  private final Javadoc javadoc;
  private final WebTypes web;
  private final Mirrors mirrors;
  private final FeatureExceptions exceptions;
  private final HealthEndpoints health;

  public TroubleshootingHarvester(Elements elements, Javadoc javadoc, WebTypes web, Mirrors mirrors,
      FeatureExceptions exceptions, String healthPath) {
    this.javadoc = javadoc;
    this.web = web;
    this.mirrors = mirrors;
    this.exceptions = exceptions;
    this.health = HealthEndpoints.of(elements, healthPath,
        HEALTH_INDICATORS.stream().anyMatch(name -> elements.getTypeElement(name) != null));
  }

  TroubleshootingDoc of(List<FeatureExceptions.Fact> facts, Collection<TypeElement> types,
      java.util.function.Function<TypeElement, Role> roles) {
    List<IssueDoc> issues = new ArrayList<>();
    for (FeatureExceptions.Fact fact : facts) {
      issues.add(new IssueDoc(fact.name(), javadoc.firstSentence(fact.type()), fact.status(),
          fact.handler().map(exceptions::bodyType).orElse(""),
          fact.mapped().map(ExceptionStatuses.Mapped::source).orElse(""),
          Javadoc.blockTag(javadoc.doc(fact.type()), FIX_TAG), fact.raisedIn(), fact.raisedAt()));
    }
    boolean persistence = false;
    List<HealthCheckDoc> health = new ArrayList<>();
    for (TypeElement type : types) {
      Role role = roles.apply(type);
      persistence |= role == Role.REPOSITORY || role == Role.ENTITY;
      if (!type.getModifiers().contains(Modifier.ABSTRACT) && isHealthIndicator(type)) {
        health.add(new HealthCheckDoc(Labels.typeName(type), component(beanName(type)), javadoc.firstSentence(type),
            this.health.actuatorPath()));
      }
      if (!type.getModifiers().contains(Modifier.ABSTRACT)
          && web.implementsAny(type.asType(), java.util.Set.of(HealthEndpoints.MICROPROFILE_CHECK))) {
        for (HealthEndpoints.Kind kind : this.health.kinds(type)) {
          health.add(new HealthCheckDoc(Labels.typeName(type), kind.name(), javadoc.firstSentence(type), kind.path()));
        }
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        Optional<AnnotationMirror> bean = Mirrors.find(method, BEAN);
        if (bean.isPresent() && method.getReturnType().getKind() == javax.lang.model.type.TypeKind.DECLARED
            && web.implementsAny(method.getReturnType(), HEALTH_INDICATORS)) {
          List<String> names = mirrors.strings(bean.get(), "name");
          if (names.isEmpty()) {
            names = mirrors.strings(bean.get(), "value");
          }
          String name = names.isEmpty() ? method.getSimpleName().toString() : names.get(0);
          health.add(new HealthCheckDoc(Labels.member(method), component(name), javadoc.firstSentence(method),
              this.health.actuatorPath()));
        }
      }
    }
    health.sort(java.util.Comparator.comparing(HealthCheckDoc::component).thenComparing(HealthCheckDoc::type));
    return new TroubleshootingDoc(issues, loggers(types), persistence, health, this.health.framework(),
        this.health.path());
  }

  private boolean isHealthIndicator(TypeElement type) {
    return web.implementsAny(type.asType(), HEALTH_INDICATORS);
  }

  /** The bean name Spring gives a component: its stereotype's value, else the decapitalised simple name. */
  private String beanName(TypeElement type) {
    for (String stereotype : List.of(Names.SPRING_COMPONENT, Names.SPRING_SERVICE, Names.SPRING_REPOSITORY)) {
      Optional<AnnotationMirror> mirror = Mirrors.find(type, stereotype);
      if (mirror.isPresent() && !mirrors.string(mirror.get(), "value").isBlank()) {
        return mirrors.string(mirror.get(), "value");
      }
    }
    String simple = type.getSimpleName().toString();
    // java.beans.Introspector.decapitalize, which Spring's AnnotationBeanNameGenerator uses
    if (simple.length() > 1 && Character.isUpperCase(simple.charAt(1)) && Character.isUpperCase(simple.charAt(0))) {
      return simple;
    }
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** The contributor name: the bean name without a {@code HealthIndicator}/{@code HealthContributor} suffix, as Spring Boot strips it. */
  static String component(String beanName) {
    for (String suffix : List.of("healthindicator", "healthcontributor")) {
      if (beanName.toLowerCase(Locale.ROOT).endsWith(suffix) && beanName.length() > suffix.length()) {
        return beanName.substring(0, beanName.length() - suffix.length());
      }
    }
    return beanName;
  }

  /** The packages of the feature's types, a package left out when an enclosing one is listed (its level covers it). */
  private static List<String> loggers(Collection<TypeElement> types) {
    TreeSet<String> packages = new TreeSet<>();
    for (TypeElement type : types) {
      javax.lang.model.element.Element e = type;
      while (!(e instanceof PackageElement)) {
        e = e.getEnclosingElement();
      }
      String name = ((PackageElement) e).getQualifiedName().toString();
      if (!name.isEmpty()) {
        packages.add(name);
      }
    }
    List<String> result = new ArrayList<>();
    for (String pkg : packages) {
      if (result.stream().noneMatch(p -> pkg.startsWith(p + "."))) {
        result.add(pkg);
      }
    }
    return result;
  }
}
