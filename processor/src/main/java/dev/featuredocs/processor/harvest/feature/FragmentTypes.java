package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.fragment.FragmentMerge;
import dev.featuredocs.processor.harvest.component.ComponentHarvester;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.schema.ModelDoc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What fragments need to know of the compilation, by name: whether a type is compiled from source
 * now or only a class file, its package, this module's name, and which packages a feature touches
 * (where fragments of other modules and of the previous compile are looked up). Each name is looked
 * up once.
 */
public final class FragmentTypes implements FragmentMerge.Types {
  private static final String PACKAGE_INFO = ".package-info";
  private static final Pattern QUALIFIED = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+");

  private final Elements elements;
  private final SourcePaths sources;
  private final ComponentHarvester components;
  private final Map<String, Optional<Element>> found = new HashMap<>();
  private final Map<String, Boolean> fromSource = new HashMap<>();
  private final Map<String, Boolean> inClassOutput = new HashMap<>();
  private final javax.annotation.processing.Filer filer;

  public FragmentTypes(ProcessingEnvironment env, Elements elements, SourcePaths sources) {
    this.filer = env.getFiler();
    this.elements = elements;
    this.sources = sources;
    this.components = new ComponentHarvester(env.getTypeUtils(), sources);
  }

  /** The type or package ({@code <package>.package-info}) of that name, if it exists. */
  public Optional<Element> element(String name) {
    return found.computeIfAbsent(name, n -> Optional.ofNullable(n.endsWith(PACKAGE_INFO)
        ? elements.getPackageElement(n.substring(0, n.length() - PACKAGE_INFO.length()))
        : elements.getTypeElement(n)));
  }

  @Override
  public boolean fromSource(String type) {
    return fromSource.computeIfAbsent(type, t -> element(t).flatMap(sources::relativePath).isPresent());
  }

  /**
   * Whether the type is a class file of this module's previous compile (in class output) that this
   * compile did not recompile: a partial compile's view of the module's other types, which the
   * harvest otherwise leaves to fragments (it documents types compiled from source).
   */
  public boolean inClassOutput(TypeElement type) {
    String binary = elements.getBinaryName(type).toString();
    return inClassOutput.computeIfAbsent(binary, name -> {
      if (sources.relativePath(type).isPresent()) {
        return false;
      }
      int dot = name.lastIndexOf('.');
      try (java.io.InputStream in = filer.getResource(javax.tools.StandardLocation.CLASS_OUTPUT,
          dot < 0 ? "" : name.substring(0, dot), name.substring(dot + 1) + ".class").openInputStream()) {
        return true;
      } catch (java.io.IOException | RuntimeException notThere) {
        return false;
      }
    });
  }

  @Override
  public boolean exists(String type) {
    return element(type).isPresent();
  }

  @Override
  public List<String> injected(Component component) {
    return element(component.qualifiedName()).filter(TypeElement.class::isInstance).map(TypeElement.class::cast)
        .map(type -> components.injected(type, component.role(), false).stream()
            .map(t -> t.getQualifiedName().toString()).toList())
        .orElse(List.of());
  }

  /** The package of a type (or {@code <package>.package-info}); for an unknown name, up to its last dot. */
  public String packageOf(String type) {
    if (type.endsWith(PACKAGE_INFO)) {
      return type.substring(0, type.length() - PACKAGE_INFO.length());
    }
    return element(type).map(e -> elements.getPackageOf(e).getQualifiedName().toString())
        .orElse(type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : "");
  }

  /**
   * Where to look for fragments of a feature: the packages of its types, of the types they inject,
   * and of its models and their type arguments. The JDK's packages are left out.
   */
  public SortedSet<String> packages(FeatureSummary summary) {
    SortedSet<String> result = new TreeSet<>();
    for (Component component : summary.components()) {
      add(result, component.qualifiedName());
      element(component.qualifiedName()).filter(TypeElement.class::isInstance).map(TypeElement.class::cast)
          .ifPresent(type -> components.injected(type, component.role(), false)
              .forEach(injected -> add(result, injected.getQualifiedName().toString())));
    }
    for (ModelDoc model : summary.models()) {
      Matcher names = QUALIFIED.matcher(model.qualifiedName());
      while (names.find()) {
        add(result, names.group());
      }
    }
    return result;
  }

  private void add(SortedSet<String> packages, String type) {
    String pkg = packageOf(type);
    if (!pkg.isEmpty() && !pkg.startsWith("java.") && !pkg.startsWith("javax.")) {
      packages.add(pkg);
    }
  }

  /** This module's directory name (the one holding {@code src/}), from the first element with a source file. */
  public String module(List<Element> elements) {
    for (Element element : elements) {
      Optional<String> module = sources.sourceFile(element).map(file -> file.toUri().getPath()).map(FragmentTypes::moduleOf);
      if (module.isPresent() && !module.get().isEmpty()) {
        return module.get();
      }
    }
    return "";
  }

  static String moduleOf(String path) {
    if (path == null) {
      return "";
    }
    int src = path.lastIndexOf("/src/");
    if (src <= 0) {
      return "";
    }
    String dir = path.substring(0, src);
    return dir.substring(dir.lastIndexOf('/') + 1);
  }

  /** The call chains of components, as the harvest computes them. */
  public static List<List<String>> flows(List<Component> components) {
    return SummaryBuilder.flows(components);
  }
}
