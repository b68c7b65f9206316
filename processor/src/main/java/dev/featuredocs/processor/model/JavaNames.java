package dev.featuredocs.processor.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Java identifiers made from what users write (feature names, rule ids, endpoints): always valid,
 * stable from build to build, and distinct for distinct text that has no letter or digit to keep.
 */
public final class JavaNames {
  /** Longest generated class name: a file system takes 255 bytes per name, with {@code .java} or {@code .class}. */
  static final int MAX_TYPE_NAME = 80;

  private JavaNames() {}

  /**
   * {@code "BR-SHARE-1"} → {@code BR_SHARE_1}; {@code "é"} → {@code E}; text with no Latin letter
   * or digit ({@code "-"}, {@code "日本"}) → its code points, {@code ID_2D}, {@code ID_65E5_672C}.
   */
  public static String constant(String value) {
    String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String name = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (name.isEmpty()) {
      return "ID_" + codePoints(value, "_");
    }
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  /**
   * {@code "Document Sharing"} → {@code DocumentSharingFeature}: words in Pascal case, then
   * {@code Feature}. A name with no letter or digit gets its code points ({@code ".."} →
   * {@code Feature2E2E}); a name too long for a file gets cut and a hash of the whole.
   */
  public static String typeName(String feature) {
    StringBuilder name = new StringBuilder();
    for (String word : feature.split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty()) {
        name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
            .append(word.substring(Character.charCount(word.codePointAt(0))));
      }
    }
    if (name.length() == 0) {
      return "Feature" + codePoints(feature, "");
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name.insert(0, "Feature"); // a digit first: "3D Printing" → Feature3DPrintingFeature
    }
    String type = name.toString().endsWith("Feature") ? name.toString() : name + "Feature";
    if (type.length() > MAX_TYPE_NAME) {
      type = type.substring(0, MAX_TYPE_NAME - 16) + "_" + String.format("%08X", feature.hashCode()) + "Feature";
    }
    return type;
  }

  private static String codePoints(String text, String separator) {
    return text.codePoints().mapToObj(c -> Integer.toHexString(c).toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(separator));
  }
}
