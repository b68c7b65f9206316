package dev.featuredocs.processor.model;

import java.text.Normalizer;
import java.util.Locale;

/** File-name stems for features: lower-case ASCII letters, digits and single hyphens, nothing else. */
public final class Slug {
  private static final int MAX_LENGTH = 80;

  private Slug() {}

  /**
   * {@code "Document Sharing"} → {@code document-sharing}; {@code "../../etc"} → {@code etc}. A name
   * with no ASCII letter or digit gets a stable hash-based stem, so every feature has a file.
   */
  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "feature-" + Integer.toHexString(name.hashCode()) : slug;
  }
}
