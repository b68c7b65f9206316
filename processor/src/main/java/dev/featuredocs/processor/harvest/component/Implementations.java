package dev.featuredocs.processor.harvest.component;

import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which beans of the compilation implement an interface or abstract class: what runs when a
 * controller or service injects a port, a use case or a service interface. Built once per
 * compilation from the bean classes ({@code @Service}, {@code @Component}, CDI scopes…) the rounds
 * collected, by walking each bean's supertypes; lookups are by qualified name.
 *
 * <p>Use: {@link #of(TypeElement)} for the implementations of a type; {@link #implementation(ExecutableElement)}
 * for the method that runs when an interface method is called (to follow calls, rules, transactions
 * and thrown exceptions to the code that has them).
 */
public final class Implementations {
  /** No beans known: every lookup answers "none". */
  public static final Implementations NONE = new Implementations(null, Map.of(), Map.of());

  private final Elements elements;
  /** Contract (interface or abstract class) → the beans implementing it, by qualified name. */
  private final Map<String, SortedSet<String>> byContract;

  /** Bean → the contracts it implements. */
  private final Map<String, Set<String>> byBean;

  private Implementations(Elements elements, Map<String, SortedSet<String>> byContract, Map<String, Set<String>> byBean) {
    this.elements = elements;
    this.byBean = byBean;
    this.byContract = byContract;
  }

  /**
   * The index of {@code beans} (qualified names; names not found are skipped). A contract is one of
   * the project's types: compiled from source here, or (another module's port) in a package that shares
   * its first two segments with the bean's; library interfaces ({@code Filter}, {@code CommandLineRunner})
   * make no bean a service.
   */
  public static Implementations of(Elements elements, Types types, SourcePaths sources, Collection<String> beans) {
    Map<String, SortedSet<String>> index = new HashMap<>();
    Map<String, Set<String>> byBean = new HashMap<>();
    for (String name : beans) {
      TypeElement bean = elements.getTypeElement(name);
      if (bean == null || bean.getKind() != ElementKind.CLASS || bean.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      String root = root(elements.getPackageOf(bean).getQualifiedName().toString());
      Set<String> contracts = new HashSet<>();
      for (TypeElement contract : contracts(types, bean.asType(), new HashSet<>())) {
        String pkg = elements.getPackageOf(contract).getQualifiedName().toString();
        if (sources.relativePath(contract).isPresent() || (!root.isEmpty() && root.equals(root(pkg)))) {
          contracts.add(contract.getQualifiedName().toString());
        }
      }
      for (String contract : contracts) {
        index.computeIfAbsent(contract, c -> new TreeSet<>()).add(name);
      }
      if (!contracts.isEmpty()) {
        byBean.put(name, java.util.Collections.unmodifiableSet(new TreeSet<>(contracts)));
      }
    }
    return new Implementations(elements, index, byBean);
  }

  /** The first two segments of a package name: {@code com.acme} of {@code com.acme.orders.api}; empty for fewer. */
  private static String root(String pkg) {
    int first = pkg.indexOf('.');
    if (first < 0) {
      return "";
    }
    int second = pkg.indexOf('.', first + 1);
    return second < 0 ? pkg : pkg.substring(0, second);
  }

  /** Interfaces and abstract classes above {@code type}, outside {@code java.*}. */
  private static Set<TypeElement> contracts(Types types, TypeMirror type, Set<String> seen) {
    Set<TypeElement> result = new HashSet<>();
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (types.asElement(supertype) instanceof TypeElement superElement) {
        String name = superElement.getQualifiedName().toString();
        if (name.startsWith("java.") || !seen.add(name)) {
          continue;
        }
        if (superElement.getKind() == ElementKind.INTERFACE || superElement.getModifiers().contains(Modifier.ABSTRACT)) {
          result.add(superElement);
        }
        result.addAll(contracts(types, supertype, seen));
      }
    }
    return result;
  }

  /** The interfaces and abstract classes {@code bean} is indexed under; empty for a type that is no bean. */
  public Set<String> contractsOf(TypeElement bean) {
    return byBean.getOrDefault(bean.getQualifiedName().toString(), Set.of());
  }

  /** Whether {@code type} is an interface or abstract class that some bean of the compilation implements. */
  public boolean isImplemented(TypeElement type) {
    return byContract.containsKey(type.getQualifiedName().toString());
  }

  /** The beans implementing {@code type}, in name order; empty for a concrete class or when none is known. */
  public List<TypeElement> of(TypeElement type) {
    SortedSet<String> names = byContract.get(type.getQualifiedName().toString());
    if (names == null) {
      return List.of();
    }
    List<TypeElement> result = new ArrayList<>();
    for (String name : names) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        result.add(element);
      }
    }
    return result;
  }

  /**
   * The methods that run when {@code method} of an interface or abstract class is called: the
   * overriding method of each implementing bean (one per bean that declares or inherits one);
   * empty when no implementation is known, or {@code method} is not abstract.
   */
  public List<ExecutableElement> implementation(ExecutableElement method) {
    if (!(method.getEnclosingElement() instanceof TypeElement contract)
        || (!method.getModifiers().contains(Modifier.ABSTRACT) && contract.getKind() != ElementKind.INTERFACE)) {
      return List.of();
    }
    List<ExecutableElement> result = new ArrayList<>();
    for (TypeElement bean : of(contract)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(elements.getAllMembers(bean))) {
        if (candidate != method && !candidate.getModifiers().contains(Modifier.ABSTRACT)
            && elements.overrides(candidate, method, bean)) {
          result.add(candidate);
          break;
        }
      }
    }
    return result;
  }
}
