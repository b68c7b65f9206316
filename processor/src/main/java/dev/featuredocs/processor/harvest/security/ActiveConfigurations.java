package dev.featuredocs.processor.harvest.security;

import dev.featuredocs.processor.harvest.config.Conditions;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.security.ConfigurationDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Which security configurations and filter-chain beans the app as configured runs: the
 * property and profile conditions of each ({@link Conditions}), then {@code @ConditionalOnMissingBean}
 * over the filter-chain type, which keeps a fallback chain only while no other chain is active.
 * What is inactive contributes no rule, no authentication and no method security to the summary.
 */
final class ActiveConfigurations {
  static final String ON_MISSING_BEAN = "org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean";

  private final Map<Element, Conditions.Verdict> verdicts = new LinkedHashMap<>();
  private final List<ConfigurationDoc> docs = new ArrayList<>();

  ActiveConfigurations(Conditions conditions, Collection<TypeElement> configurations, List<String> chainTypes) {
    List<Element> fallbacks = new ArrayList<>();
    List<String> activeChains = new ArrayList<>();
    for (TypeElement config : configurations) {
      Conditions.Verdict classVerdict = conditions.of(config);
      verdicts.put(config, classVerdict);
      for (ExecutableElement method : ElementFilter.methodsIn(config.getEnclosedElements())) {
        if (!chainTypes.contains(WebTypes.name(method.getReturnType()))) {
          continue;
        }
        Conditions.Verdict verdict = combine(classVerdict, conditions.of(method));
        verdicts.put(method, verdict);
        if (verdict.state() == Conditions.State.INACTIVE) {
          continue;
        }
        if (missingBean(method, chainTypes).isPresent() || missingBean(config, chainTypes).isPresent()) {
          fallbacks.add(method);
        } else {
          activeChains.add(Labels.member(method));
        }
      }
    }
    for (Element fallback : fallbacks) {
      Element annotated = missingBean(fallback, chainTypes).isPresent() ? fallback : fallback.getEnclosingElement();
      String condition = Labels.annotation(missingBean(annotated, chainTypes).orElseThrow());
      Conditions.Verdict verdict = activeChains.isEmpty()
          ? new Conditions.Verdict(Conditions.State.ACTIVE, condition, "no other filter-chain bean in code is active",
              "defining another filter-chain bean")
          : new Conditions.Verdict(Conditions.State.INACTIVE, condition, "the active chain " + activeChains.get(0)
              + " is defined", "switching off " + activeChains.get(0));
      verdicts.put(fallback, verdict);
    }
    for (Map.Entry<Element, Conditions.Verdict> entry : verdicts.entrySet()) {
      Conditions.Verdict verdict = entry.getValue();
      Element element = entry.getKey();
      boolean inherited = element instanceof ExecutableElement && verdict == verdicts.get(element.getEnclosingElement());
      if (verdict.conditional() && !inherited) {
        String name = element instanceof TypeElement type ? Labels.typeName(type) : Labels.member(element);
        docs.add(new ConfigurationDoc(name, state(verdict.state()), verdict.condition(), verdict.reason(),
            verdict.switchedBy()));
      }
    }
  }

  /** The class's verdict unless the method's own decides more: inactive before cannot-tell before active. */
  private static Conditions.Verdict combine(Conditions.Verdict type, Conditions.Verdict method) {
    for (Conditions.State state : List.of(Conditions.State.INACTIVE, Conditions.State.UNKNOWN)) {
      if (type.state() == state) {
        return type;
      }
      if (method.state() == state) {
        return method;
      }
    }
    return method.conditional() ? method : type;
  }

  private static String state(Conditions.State state) {
    return switch (state) {
      case ACTIVE -> "active";
      case INACTIVE -> "inactive";
      case UNKNOWN -> "cannot tell";
    };
  }

  /** Whether the app runs this configuration class or chain bean method (or the files cannot tell). */
  boolean runs(Element element) {
    Conditions.Verdict verdict = verdicts.get(element);
    return verdict == null || verdict.state() != Conditions.State.INACTIVE;
  }

  List<ConfigurationDoc> docs() {
    return docs;
  }

  /** {@code @ConditionalOnMissingBean} naming a filter-chain type, or on a chain bean method naming none. */
  private static Optional<AnnotationMirror> missingBean(Element element, List<String> chainTypes) {
    Optional<AnnotationMirror> mirror = Mirrors.find(element, ON_MISSING_BEAN);
    if (mirror.isEmpty()) {
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    mirror.get().getElementValues().forEach((key, value) -> {
      String attribute = key.getSimpleName().toString();
      if ((attribute.equals("value") || attribute.equals("type")) && value.getValue() instanceof List<?> list) {
        for (Object item : list) {
          Object inner = ((AnnotationValue) item).getValue();
          types.add(inner instanceof TypeMirror type ? WebTypes.name(type) : String.valueOf(inner));
        }
      }
    });
    boolean onChainMethod = element instanceof ExecutableElement method
        && chainTypes.contains(WebTypes.name(method.getReturnType()));
    return (types.isEmpty() ? onChainMethod : types.stream().anyMatch(chainTypes::contains)) ? mirror : Optional.empty();
  }
}
