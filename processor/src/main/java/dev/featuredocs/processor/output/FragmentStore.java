package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Failures;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.fragment.FragmentMerge.Found;
import dev.featuredocs.processor.fragment.FragmentMerge.Source;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.Fragment;
import dev.featuredocs.processor.render.JsonRenderer;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Feature fragments through the {@code Filer}, as a resource of the package whose types they
 * describe: {@code <package dir>/<slug>.featuredocs.json} in class output, so in the module's jar
 * beside its classes. A downstream compile derives the name from a package it touches and asks
 * {@link Filer#getResource} for it, instead of scanning the class path. It has to be the package's
 * directory: javac does not look into a jar's directories that are no Java package names, such as
 * {@code META-INF}, so a resource there cannot be read from a jar on the class path. One name per
 * package and feature: two modules contributing to one feature from different packages are both
 * found (the class path answers a name with its first match only, so of a package split across
 * modules one module's fragment is found).
 *
 * <p>Each package is looked up first in class output (this module's previous compile: an
 * incremental compile reuses the facts of types it does not recompile), then on the class path
 * (upstream modules); a class-path hit that is the class-output file itself is the previous compile
 * too. A fragment names its sibling packages, which are looked up as well.
 */
public final class FragmentStore {
  static final String SUFFIX = ".featuredocs.json";

  private final Filer filer;
  private final ClassOutput classOutput;
  private final Diagnostics diagnostics;
  /** (location, package, slug) → what was found, so each name is asked for once per compilation. */
  private final Map<String, Optional<Found>> cache = new HashMap<>();

  public FragmentStore(Filer filer, Diagnostics diagnostics) {
    this(filer, new ClassOutput(filer, false), diagnostics);
  }

  /** {@code classOutput}: where fragments are written, shared with the summaries ({@link SummaryOutput}). */
  public FragmentStore(Filer filer, ClassOutput classOutput, Diagnostics diagnostics) {
    this.filer = filer;
    this.classOutput = classOutput;
    this.diagnostics = diagnostics;
  }

  /** The fragment's file name in its package's directory. */
  static String name(String slug) {
    return slug + SUFFIX;
  }

  /** The fragments of feature {@code slug} under {@code packages} and their siblings, in package order, previous first. */
  public List<Found> find(String feature, String slug, Collection<String> packages) {
    Deque<String> queue = new ArrayDeque<>(new java.util.TreeSet<>(packages));
    Set<String> seen = new HashSet<>(queue);
    List<Found> previous = new ArrayList<>();
    List<Found> upstream = new ArrayList<>();
    while (!queue.isEmpty()) {
      String pkg = queue.poll();
      Optional<Found> own = lookup(StandardLocation.CLASS_OUTPUT, pkg, slug, feature, null);
      Optional<Found> other = lookup(StandardLocation.CLASS_PATH, pkg, slug, feature,
          own.map(Found::where).orElse(null));
      for (Found found : List.of(own, other).stream().flatMap(Optional::stream).toList()) {
        (found.source() == Source.PREVIOUS ? previous : upstream).add(found);
        for (String sibling : found.fragment().packages()) {
          if (seen.add(sibling)) {
            queue.add(sibling);
          }
        }
      }
    }
    java.util.Comparator<Found> order = java.util.Comparator.comparing((Found f) -> f.fragment().module())
        .thenComparing(f -> f.fragment().pkg());
    previous.sort(order);
    upstream.sort(order);
    List<Found> result = new ArrayList<>(previous);
    result.addAll(upstream);
    return result;
  }

  /** {@code ownUri}: the class-output file of the same name, which the class path may list too. */
  private Optional<Found> lookup(StandardLocation location, String pkg, String slug, String feature, String ownUri) {
    String name = name(slug);
    return cache.computeIfAbsent(location + " " + pkg + " " + name, k -> {
      String text;
      URI uri;
      try {
        FileObject file = filer.getResource(location, pkg, name);
        uri = file.toUri();
        if (location == StandardLocation.CLASS_PATH && ownUri != null && ownUri.equals(uri.toString())) {
          return Optional.empty();
        }
        text = file.getCharContent(true).toString();
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        return Optional.empty(); // no such fragment
      }
      try {
        Fragment fragment = ModelJson.read(text, Fragment.class);
        if (!fragment.feature().equals(feature)) {
          return Optional.empty(); // another feature with the same slug; that one reports FD104 where it is compiled
        }
        Source source = location == StandardLocation.CLASS_OUTPUT ? Source.PREVIOUS : Source.UPSTREAM;
        return Optional.of(new Found(fragment, source, uri.toString()));
      } catch (RuntimeException e) {
        diagnostics.warning(Message.FRAGMENT_UNREADABLE, uri, e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** Writes a fragment to class output; a failure is reported and leaves no half file behind the Filer. */
  public void write(String slug, Fragment fragment, Element... originating) {
    String name = name(slug);
    try {
      classOutput.write(fragment.pkg(), name, JsonRenderer.render(fragment), originating);
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.WRITE_FAILED, fragment.pkg().replace('.', '/') + "/" + name, Failures.reason(e));
    }
  }
}
