package dev.featuredocs.processor.harvest.javac;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML character references javadoc allows ({@code &#39;}, {@code &#x2014;}, {@code &lt;},
 * {@code &amp;}…): the summary is Markdown, where they would show raw inside code spans and tables.
 * Named references are the common ones javadoc authors and generators (openapi-generator) write; an
 * unknown name stays as written.
 */
final class HtmlEntities {
  private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
      Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("copy", "\u00A9"),
      Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"),
      Map.entry("deg", "\u00B0"), Map.entry("times", "\u00D7"), Map.entry("rarr", "\u2192"),
      Map.entry("larr", "\u2190"), Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"),
      Map.entry("middot", "\u00B7"), Map.entry("bull", "\u2022"), Map.entry("laquo", "\u00AB"),
      Map.entry("raquo", "\u00BB"), Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"));

  private HtmlEntities() {}

  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher.group(1), matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String replacement(String reference, String whole) {
    if (reference.startsWith("#")) {
      boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
      int code;
      try {
        code = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
      } catch (NumberFormatException e) {
        return whole;
      }
      return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : whole;
    }
    return NAMED.getOrDefault(reference, whole);
  }
}
