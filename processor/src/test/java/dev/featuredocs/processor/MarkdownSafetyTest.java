package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text from annotations and code never breaks the summary's Markdown, nor adds links or HTML of its own. */
class MarkdownSafetyTest {
  private static final String PRICE = """
      package com.md;

      import jakarta.validation.constraints.Pattern;

      /** A price, closing a </details> it did not open. */
      public class Price {
        @Pattern(regexp = "EUR|USD") public String currency;
        public String separator = "a|b";
        public String template = \"""
            first
            second
            \""";
      }
      """;
  private static final String PRICES = """
      package com.md;

      import org.springframework.web.bind.annotation.*;

      /** Prices\\u0007 with a bell\\u001b[31m and colour. */
      @dev.featuredocs.annotations.Feature(value = "Prices\\u0000", prd = "x) [evil](http://evil.example/",
          prp = "javascript:alert(1)")
      @RestController
      public class Prices {
        /** Adds one. */
        @PostMapping("/x|y")
        public Price add(@RequestBody Price price) { return price; }

        /** Closes what it did not open. */
        @GetMapping("/a</details>")
        public String close() { return ""; }
      }
      """;

  private static final String SUMMARY = Compilations.summaryOf("prices", PRICE, PRICES);

  private static List<String> lines() {
    return List.of(SUMMARY.split("\n"));
  }

  private static String lineStarting(String prefix) {
    return lines().stream().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + prefix + " in\n" + SUMMARY));
  }

  @Test
  void pipeInATableCell_isEscapedInTextAndInCodeSpans() {
    assertEquals("| `currency` | `String` | no | matches EUR\\|USD |  |  |", lineStarting("| `currency`"));
    assertEquals("| `separator` | `String` | no |  | `\"a\\|b\"` |  |", lineStarting("| `separator`"));
    assertTrue(SUMMARY.contains("| `POST /x\\|y` |"), SUMMARY);
  }

  @Test
  void multiLineTextBlockDefault_staysInItsRow() {
    assertEquals("| `template` | `String` | no |  | `\"\"\" first second \"\"\"` |  |", lineStarting("| `template`"));
  }

  @Test
  void htmlFromAnnotationStrings_isEscaped() {
    assertTrue(lines().contains("#### GET /a\\</details\\>"), SUMMARY);
    assertTrue(lines().stream().filter(l -> l.contains("</details>")).allMatch(l -> l.contains("`GET /a</details>`")),
        "raw only inside code spans, where Markdown shows HTML as text: " + SUMMARY);
  }

  @Test
  void linkTargets_areRelativePathsOrHttpUrls_escaped() {
    assertEquals("**PRD Reference**: [x) \\[evil\\](http://evil.example/](x%29%20%5Bevil%5D%28http://evil.example/)  ",
        lineStarting("**PRD Reference**"));
    assertEquals("**PRP Reference**: javascript:alert(1) _(not linked: only a relative path or an http(s) URL is)_  ",
        lineStarting("**PRP Reference**"));
  }

  @Test
  void controlCharacters_areStripped() {
    assertEquals("# Prices - Backend Implementation", lines().get(0));
    assertTrue(SUMMARY.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control character: "
        + SUMMARY.chars().filter(c -> c < 0x20 && c != '\n').boxed().toList());
    assertTrue(SUMMARY.contains("Prices with a bell[31m and colour."), SUMMARY);
  }

  @Test
  void manualBlocksAfterAListBullet_areIndentedIntoTheItem() {
    assertTrue(SUMMARY.contains("""
        - **Data Migration**:
          <!-- featuredocs:manual id="data-migration" -->
          _Code cannot tell this: it is for the team to write._
          <!-- /featuredocs:manual -->
        """), SUMMARY);
    assertTrue(SUMMARY.contains("""
        - **Migration steps for clients**:
          <!-- featuredocs:manual id="client-migration" -->
          _Code cannot tell this: it is for the team to write._
          <!-- /featuredocs:manual -->
        """), SUMMARY);
  }
}
