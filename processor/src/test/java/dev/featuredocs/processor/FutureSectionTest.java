package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Future Considerations: TODO, FIXME and XXX comments of the feature's files, and deprecations. */
class FutureSectionTest {
  private final String summary =
      Compilations.summary(Compilations.compile(Fixtures.load("persistence")), "library-loans");
  private final String limitations = Summaries.section(summary, "### Known Limitations");

  @Test
  void knownLimitations_quoteEachTaggedCommentWithFileAndLine() {
    assertTrue(limitations.contains("""
        ### Known Limitations
        - **TODO** notify members two days before dueAt (`com/example/library/LoanService.java:31`)
        - **FIXME** handle a loan returned twice (`com/example/library/LoanService.java:38`)
        - **XXX** bypasses the cache proxy (`com/example/library/LoanService.java:57`)
        - `LoanService#overdueNow()` is deprecated for removal: use overdue(Instant) with the caller's clock
        <!-- featuredocs:manual id="known-limitations" -->
        """), limitations);
  }

  @Test
  void knownLimitations_skipStringsTextBlocksAndFilesOfNoFeature() {
    assertFalse(limitations.contains("in a string"), limitations);
    assertFalse(limitations.contains("text block"), limitations);
    assertFalse(summary.contains("belongs to no feature"), "Unrelated.java is no file of the feature");
  }

  @Test
  void featureWithoutDebt_saysSo() {
    String plain = Compilations.summaryOf("plain",
        """
        package com.plain;

        @dev.featuredocs.annotations.Feature("Plain")
        public class Clock {}
        """);

    assertTrue(plain.contains("- _No `TODO`, `FIXME` or `XXX` comment and no `@Deprecated` element in this feature's"
        + " sources._\n"), plain);
  }
}
