package dev.featuredocs.processor.harvest.javac;

import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@link Elements} that look names up in the module being compiled, and remember the answers.
 *
 * <p>javac's {@code getTypeElement(name)} and {@code getPackageElement(name)} without a module
 * search every module of the JDK image (about 70) for the name, to find out whether it is
 * ambiguous — up to a millisecond per lookup, most of all for names that do not exist (a
 * catalog's name before it is generated, test annotations in a main compile). In the module of
 * the sources, javac resolves the name as that module's code would: its own and the class path's
 * types, and those of the modules it reads, which is what featuredocs asks about.
 *
 * <p>Answers are kept for the life of the instance: one per round, so types generated in a round
 * are seen by the next one. Without a module (sources in several modules, or {@code --release 8})
 * lookups go to javac as they are.
 */
public final class ModuleElements implements Elements {
  private final Elements elements;
  private final ModuleElement module;
  private final Map<String, Optional<TypeElement>> types = new HashMap<>();
  private final Map<String, Optional<PackageElement>> packages = new HashMap<>();

  private ModuleElements(Elements elements, ModuleElement module) {
    this.elements = elements;
    this.module = module;
  }

  /**
   * Lookups in the one module the {@code roots} (a round's root elements) are in; unscoped when
   * they are in several or in none (cached either way).
   */
  public static ModuleElements of(Elements elements, Set<? extends Element> roots) {
    ModuleElement module = null;
    for (Element root : roots) {
      ModuleElement of = elements.getModuleOf(root);
      if (of == null || (module != null && !module.equals(of))) {
        module = null;
        break;
      }
      module = of;
    }
    return new ModuleElements(elements, module);
  }

  /** Lookups scoped to {@code module}, or unscoped when it is null. */
  public static ModuleElements in(Elements elements, ModuleElement module) {
    return new ModuleElements(elements, module);
  }

  /** The module lookups are scoped to, or null. */
  public ModuleElement module() {
    return module;
  }

  @Override
  public TypeElement getTypeElement(CharSequence name) {
    return types.computeIfAbsent(name.toString(), n -> Optional.ofNullable(
        module == null ? elements.getTypeElement(n) : elements.getTypeElement(module, n))).orElse(null);
  }

  @Override
  public PackageElement getPackageElement(CharSequence name) {
    return packages.computeIfAbsent(name.toString(), n -> Optional.ofNullable(
        module == null ? elements.getPackageElement(n) : elements.getPackageElement(module, n))).orElse(null);
  }

  // Everything else as javac answers it.

  @Override
  public PackageElement getPackageElement(ModuleElement module, CharSequence name) {
    return elements.getPackageElement(module, name);
  }

  @Override
  public Set<? extends PackageElement> getAllPackageElements(CharSequence name) {
    return elements.getAllPackageElements(name);
  }

  @Override
  public TypeElement getTypeElement(ModuleElement module, CharSequence name) {
    return elements.getTypeElement(module, name);
  }

  @Override
  public Set<? extends TypeElement> getAllTypeElements(CharSequence name) {
    return elements.getAllTypeElements(name);
  }

  @Override
  public ModuleElement getModuleElement(CharSequence name) {
    return elements.getModuleElement(name);
  }

  @Override
  public Set<? extends ModuleElement> getAllModuleElements() {
    return elements.getAllModuleElements();
  }

  @Override
  public Map<? extends ExecutableElement, ? extends AnnotationValue> getElementValuesWithDefaults(AnnotationMirror a) {
    return elements.getElementValuesWithDefaults(a);
  }

  @Override
  public String getDocComment(Element e) {
    return elements.getDocComment(e);
  }

  @Override
  public boolean isDeprecated(Element e) {
    return elements.isDeprecated(e);
  }

  @Override
  public Origin getOrigin(Element e) {
    return elements.getOrigin(e);
  }

  @Override
  public Origin getOrigin(AnnotatedConstruct c, AnnotationMirror a) {
    return elements.getOrigin(c, a);
  }

  @Override
  public Origin getOrigin(ModuleElement m, ModuleElement.Directive directive) {
    return elements.getOrigin(m, directive);
  }

  @Override
  public boolean isBridge(ExecutableElement e) {
    return elements.isBridge(e);
  }

  @Override
  public Name getBinaryName(TypeElement type) {
    return elements.getBinaryName(type);
  }

  @Override
  public PackageElement getPackageOf(Element e) {
    return elements.getPackageOf(e);
  }

  @Override
  public ModuleElement getModuleOf(Element e) {
    return elements.getModuleOf(e);
  }

  @Override
  public List<? extends Element> getAllMembers(TypeElement type) {
    return elements.getAllMembers(type);
  }

  @Override
  public List<? extends AnnotationMirror> getAllAnnotationMirrors(Element e) {
    return elements.getAllAnnotationMirrors(e);
  }

  @Override
  public boolean hides(Element hider, Element hidden) {
    return elements.hides(hider, hidden);
  }

  @Override
  public boolean overrides(ExecutableElement overrider, ExecutableElement overridden, TypeElement type) {
    return elements.overrides(overrider, overridden, type);
  }

  @Override
  public String getConstantExpression(Object value) {
    return elements.getConstantExpression(value);
  }

  @Override
  public void printElements(Writer w, Element... elements) {
    this.elements.printElements(w, elements);
  }

  @Override
  public Name getName(CharSequence cs) {
    return elements.getName(cs);
  }

  @Override
  public boolean isFunctionalInterface(TypeElement type) {
    return elements.isFunctionalInterface(type);
  }

  @Override
  public boolean isAutomaticModule(ModuleElement module) {
    return elements.isAutomaticModule(module);
  }
}
