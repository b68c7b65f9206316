package dev.featuredocs.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {
  @Test
  void name_becomesLowerCaseAsciiWithHyphens() {
    assertEquals("document-sharing", Slug.of("Document Sharing"));
    assertEquals("creme-brulee-orders", Slug.of("Crème Brûlée: Orders!"));
    assertEquals("etc-passwd", Slug.of("../../etc/passwd"));
  }

  @Test
  void nameWithoutAsciiLettersOrDigits_getsAStableHashStem() {
    assertEquals("feature-77710aedc74e", Slug.of("日本語"), "the first 48 bits of the name's SHA-256");
  }
}
