package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * A third-party library as the feature's imports show it.
 *
 * @param group the packages' common root, {@code org.springframework}, {@code com.fasterxml.jackson}
 * @param packages the imported packages under it, sorted
 */
public record LibraryDoc(String group, List<String> packages) {
  public LibraryDoc {
    packages = List.copyOf(packages);
  }
}
