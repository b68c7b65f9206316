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
    assertEquals("feature-" + Integer.toHexString("日本語".hashCode()), Slug.of("日本語"));
  }
}
