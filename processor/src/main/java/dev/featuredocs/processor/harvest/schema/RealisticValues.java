package dev.featuredocs.processor.harvest.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Realistic string values for a property, by its name: what an e-mail, login, first name, URL,
 * UUID, phone number or ISO code looks like. Callers check each against the property's schema
 * (length, pattern), so a value is only ever used where it is valid.
 */
final class RealisticValues {
  private static final List<String[]> BY_NAME = List.of(
      new String[] {"e_?mail|mail|recipient|sender", "jane.doe@example.com", "user@example.com", "admin@localhost"},
      new String[] {"login|username|user_?name|nickname|handle|owner|author|creator|assignee", "jane.doe", "jdoe", "jane_doe", "user1", "admin"},
      new String[] {"first_?name|given_?name|forename", "Jane", "Marie-Claire"},
      new String[] {"last_?name|family_?name|surname", "Doe", "O'Neil", "Smith"},
      new String[] {"password|secret|passphrase", "Secret-Passw0rd!", "P4ssword", "secret123"},
      new String[] {"url|uri|link|website|href|homepage|image", "https://example.com/", "https://example.com/a/b",
          "http://localhost:8080/"},
      new String[] {"uuid|guid", "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
      new String[] {"phone|mobile|tel|fax", "+14155550123", "4155550123", "+1 415-555-0123", "(415) 555-0123"},
      new String[] {"country", "US", "USA", "840", "United States"},
      new String[] {"lang|language|locale", "en", "en-US", "en_US", "eng"},
      new String[] {"currency", "USD", "EUR", "840"},
      new String[] {"zip|postal|postcode", "94105", "12345-6789", "SW1A 1AA"},
      new String[] {"color|colour", "#336699", "#369", "red"},
      new String[] {"iban", "DE89370400440532013000"},
      new String[] {"isbn", "9780306406157", "0306406152"},
      new String[] {"ip", "192.168.0.1", "::1"},
      new String[] {"slug", "my-first-post"},
      new String[] {"token|key|hash|code|sku|ref|reference", "ABC123", "abc123", "A1B2C3D4", "ABC", "ABC-123", "20"},
      new String[] {"title|subject|summary|label", "Quarterly report", "Report"},
      new String[] {"description|comment|note|message|text|body|content", "A short description.", "Some text"},
      new String[] {"city|town", "Springfield"},
      new String[] {"street|address", "1 Main Street"},
      new String[] {"name", "Jane Doe", "Jane", "Widget", "name"},
      new String[] {"id", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "1", "abc123"},
      new String[] {"version", "1.0.0", "1"},
      new String[] {"status|state|type|kind|role", "ACTIVE", "active", "ROLE_USER"});

  /** Values of no particular meaning for patterns no name fits: words, codes, digits. */
  private static final List<String> GENERIC = List.of("example", "Example", "EXAMPLE", "abc", "ABC", "Abc",
      "abc123", "ABC123", "A1", "a1", "Jane Doe", "a", "A", "1", "0", "12", "123", "1234", "123456", "1.0",
      "x", "a-b", "a_b", "a.b", "a b", "Ab1!", "Abcdef1!", "2026-01-01", "12:00", "true");

  /** {@link #BY_NAME}'s name patterns, compiled once. */
  private static final List<java.util.regex.Pattern> NAME_PATTERNS = BY_NAME.stream()
      .map(entry -> java.util.regex.Pattern.compile("(^|_|-)(" + entry[0] + ")(s)?[0-9]*($|_|-)")).toList();
  private static final java.util.regex.Pattern CAMEL_HUMP = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

  private RealisticValues() {}

  /** Candidates for a property of this name, most fitting first, then generic ones. */
  static List<String> candidates(String propertyName) {
    List<String> result = new ArrayList<>();
    String name = propertyName == null ? "" : CAMEL_HUMP.matcher(propertyName).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    for (int e = 0; e < BY_NAME.size(); e++) {
      String[] entry = BY_NAME.get(e);
      if (!name.isEmpty() && NAME_PATTERNS.get(e).matcher(name).find()) {
        for (int i = 1; i < entry.length; i++) {
          result.add(entry[i]);
        }
      }
    }
    result.addAll(GENERIC);
    return result;
  }

  /** The value for a plain string property: the first fitting candidate of its name. */
  static String plain(String propertyName, int min, int max) {
    List<String> named = candidates(propertyName);
    for (String candidate : named.subList(0, named.size() - GENERIC.size())) {
      if (candidate.length() >= min && candidate.length() <= max) {
        return candidate;
      }
    }
    String text = "example";
    if (text.length() < min) {
      text = text + "x".repeat(min - text.length());
    }
    return text.length() > max ? text.substring(0, max) : text;
  }
}
