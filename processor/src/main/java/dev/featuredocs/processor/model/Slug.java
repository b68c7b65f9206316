package dev.featuredocs.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File-name stems for features: lower-case ASCII letters, digits and single hyphens, nothing else,
 * usable on every file system (no Windows device name) and distinct for distinct names.
 */
public final class Slug {
  private static final int MAX_LENGTH = 80;
  /** Letters {@link Normalizer} does not decompose into a Latin letter and marks. */
  private static final Map<String, String> LATIN = Map.ofEntries(Map.entry("ß", "ss"), Map.entry("æ", "ae"),
      Map.entry("Æ", "AE"), Map.entry("œ", "oe"), Map.entry("Œ", "OE"), Map.entry("ø", "o"), Map.entry("Ø", "O"),
      Map.entry("đ", "d"), Map.entry("Đ", "D"), Map.entry("ł", "l"), Map.entry("Ł", "L"), Map.entry("þ", "th"),
      Map.entry("Þ", "TH"), Map.entry("ı", "i"));
  /** Names Windows keeps for devices, whatever the case and extension: {@code con.md} cannot be checked out there. */
  private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private Slug() {}

  /**
   * {@code "Document Sharing"} → {@code document-sharing}; {@code "../../etc"} → {@code etc};
   * {@code "Größe"} → {@code grosse}. Letters or digits that have no Latin spelling ({@code "日本"})
   * are kept apart by a hash of the whole name ({@code feature-3f2a…}, or {@code orders-3f2a…}
   * after the Latin part), 48 bits, so that distinct names get distinct files; a Windows device
   * name ({@code CON}, {@code lpt9}) gets {@code -feature} after it.
   */
  public static String of(String name) {
    String latin = name;
    for (Map.Entry<String, String> letter : LATIN.entrySet()) {
      latin = latin.replace(letter.getKey(), letter.getValue());
    }
    String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    boolean lost = ascii.codePoints().anyMatch(c -> c > 0x7f && Character.isLetterOrDigit(c));
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    int room = lost ? MAX_LENGTH - 13 : MAX_LENGTH;
    if (slug.length() > room) {
      slug = slug.substring(0, room).replaceAll("-+$", "");
    }
    if (lost || slug.isEmpty()) {
      slug = (slug.isEmpty() ? "feature" : slug) + "-" + hash(name);
    }
    return WINDOWS_DEVICES.contains(slug) ? slug + "-feature" : slug;
  }

  /** Whether {@code stem} (a file name before its first dot) is a Windows device name. */
  public static boolean isWindowsDevice(String stem) {
    return WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT));
  }

  private static String hash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
