package dev.featuredocs.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.featuredocs.processor.diag.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging committed manual blocks into a fresh rendering, and markers that do not pair up. */
class ManualSectionsTest {
  private static final String PLACEHOLDER = "_Code cannot tell this: it is for the team to write._\n";

  private static String block(String id, String content) {
    return "<!-- featuredocs:manual id=\"" + id + "\" -->\n" + content + "<!-- /featuredocs:manual -->\n";
  }

  private static String merge(String fresh, String committed) throws MarkerException {
    return ManualSections.parse(fresh).mergedWith(ManualSections.parse(committed));
  }

  @Test
  void merge_keepsCommittedBlockContentByteForByteInItsPlaceWhileGeneratedTextChanges() throws Exception {
    String notes = "Tried it on staging:  \n\n| step | result |\n|---|---|\n| share | ok ✓ |\n\n\n   indented, trailing spaces   \n";
    String committed = "# Old title\n\n### Manual Testing Performed\n" + block("manual-testing", notes)
        + "\n### Common Issues\n" + block("common-issues", PLACEHOLDER);
    String fresh = "# New title\n\nA new generated line.\n\n### Manual Testing Performed\n" + block("manual-testing", PLACEHOLDER)
        + "\n### Common Issues\n" + block("common-issues", PLACEHOLDER) + "\nGenerated tail.\n";

    assertEquals("# New title\n\nA new generated line.\n\n### Manual Testing Performed\n" + block("manual-testing", notes)
        + "\n### Common Issues\n" + block("common-issues", PLACEHOLDER) + "\nGenerated tail.\n", merge(fresh, committed));
  }

  @Test
  void merge_newBlockKeepsItsPlaceholderAndMarkersAreReadLeniently() throws Exception {
    String committed = "<!--featuredocs:manual   id=\"scalability\"-->\nScales to 10k shares.\n  <!--  /featuredocs:manual -->\n";
    String fresh = block("scalability", PLACEHOLDER) + block("maintenance", PLACEHOLDER);

    assertEquals(block("scalability", "Scales to 10k shares.\n") + block("maintenance", PLACEHOLDER), merge(fresh, committed));
  }

  @Test
  void merge_blockWhoseSectionDisappeared_isKeptUnderPreservedNotes() throws Exception {
    String committed = "# T\n" + block("performance-metrics", "p95 120 ms\n") + block("common-issues", "Restart the cache.\n\n")
        + block("maintenance", "Rotate keys yearly.\n");
    String fresh = "# T\n" + block("maintenance", PLACEHOLDER) + "\nEnd.\n";

    assertEquals("# T\n" + block("maintenance", "Rotate keys yearly.\n") + "\nEnd.\n"
        + "\n## Preserved notes\n\n"
        + "_Hand-written notes from sections this summary no longer has, or typed outside a manual block: move them into a manual block where they belong, or delete them._\n"
        + "\n" + block("performance-metrics", "p95 120 ms\n")
        + "\n" + block("common-issues", "Restart the cache.\n\n"), merge(fresh, committed));
  }

  @Test
  void merge_isStableWhenRepeated() throws Exception {
    String committed = block("gone", "Keep me.\n") + block("maintenance", "Mine.\n");
    String fresh = "# T\n" + block("maintenance", PLACEHOLDER);

    String once = merge(fresh, committed);

    assertEquals(once, merge(fresh, once));
  }

  @Test
  void merge_disappearedBlockWithoutHandWrittenText_isDropped() throws Exception {
    String committed = block("gone", PLACEHOLDER) + block("empty", "") + block("blank", "\n  \n");
    String fresh = "# T\n" + block("maintenance", PLACEHOLDER);

    assertEquals(fresh, merge(fresh, committed));
  }

  @Test
  void parse_unclosedBlock_namesTheLineThatOpensIt() {
    MarkerException e = assertThrows(MarkerException.class,
        () -> ManualSections.parse("# T\n\n<!-- featuredocs:manual id=\"scalability\" -->\nnotes\n"));

    assertEquals(Message.MANUAL_UNCLOSED, e.message());
    assertEquals(3, e.line());
    assertEquals(List.of("scalability"), List.of(e.details()));
  }

  @Test
  void parse_blockOpenedBeforeTheLastOneCloses_isUnclosed() {
    MarkerException e = assertThrows(MarkerException.class, () -> ManualSections.parse(
        "<!-- featuredocs:manual id=\"a\" -->\nx\n<!-- featuredocs:manual id=\"b\" -->\ny\n<!-- /featuredocs:manual -->\n"));

    assertEquals(Message.MANUAL_UNCLOSED, e.message());
    assertEquals(1, e.line());
  }

  @Test
  void parse_duplicatedId_namesBothLines() {
    MarkerException e = assertThrows(MarkerException.class,
        () -> ManualSections.parse("# T\n" + block("maintenance", "a\n") + "\n" + block("maintenance", "b\n")));

    assertEquals(Message.MANUAL_DUPLICATE_ID, e.message());
    assertEquals(6, e.line());
    assertEquals(List.of("maintenance", 2), List.of(e.details()));
  }

  @Test
  void parse_closingMarkerWithoutBlock_isAnError() {
    MarkerException e = assertThrows(MarkerException.class, () -> ManualSections.parse("a\nb\n<!-- /featuredocs:manual -->\n"));

    assertEquals(Message.MANUAL_STRAY_CLOSE, e.message());
    assertEquals(3, e.line());
  }

  @Test
  void parse_markerWithoutId_isAnError() {
    MarkerException e = assertThrows(MarkerException.class, () -> ManualSections.parse("a\n<!-- featuredocs:manual -->\n"));

    assertEquals(Message.MANUAL_BAD_MARKER, e.message());
    assertEquals(2, e.line());
    assertEquals(List.of("<!-- featuredocs:manual -->"), List.of(e.details()));
  }

  private static String tests(String id, String content) {
    return "<!-- featuredocs:tests id=\"" + id + "\" -->\n" + content + "<!-- /featuredocs:tests -->\n";
  }

  @Test
  void mainCompileMerge_keepsTheCommittedTestBlocks() throws Exception {
    String committed = "# T\n" + tests("tests", "- **ShareTest**\n") + block("manual-testing", "Done by hand.\n");
    String fresh = "# T2\n" + tests("tests", "_Tests were not analysed._\n") + block("manual-testing", PLACEHOLDER);

    assertEquals("# T2\n" + tests("tests", "- **ShareTest**\n") + block("manual-testing", "Done by hand.\n"),
        merge(fresh, committed));
  }

  @Test
  void testPassMerge_regeneratesTestBlocksAndKeepsManualOnes() throws Exception {
    String committed = "# T\n" + tests("tests", "- **OldTest**\n") + block("manual-testing", "Done by hand.\n");
    String fresh = "# T\n" + tests("tests", "- **NewTest**\n") + block("manual-testing", PLACEHOLDER);

    assertEquals("# T\n" + tests("tests", "- **NewTest**\n") + block("manual-testing", "Done by hand.\n"),
        ManualSections.parse(fresh).mergedWith(ManualSections.parse(committed), true));
  }

  @Test
  void testBlockWhoseSectionDisappeared_isNotPreserved() throws Exception {
    String committed = "# T\n" + tests("tests", "- **OldTest**\n");

    assertEquals("# T\nEnd.\n", merge("# T\nEnd.\n", committed));
  }

  @Test
  void blockOfTheOtherOwner_isNotCarriedOverUnderTheSameId() throws Exception {
    String committed = block("tests", "Written by hand.\n");
    String fresh = tests("tests", "- **ShareTest**\n");

    assertEquals(fresh + "\n## Preserved notes\n\n"
        + "_Hand-written notes from sections this summary no longer has, or typed outside a manual block: move them into a manual block where they belong, or delete them._\n"
        + "\n" + block("tests", "Written by hand.\n"), merge(fresh, committed));
  }

  @Test
  void testBlockClosedAsManual_isAStrayClose() {
    MarkerException e = assertThrows(MarkerException.class,
        () -> ManualSections.parse("<!-- featuredocs:tests id=\"tests\" -->\nx\n<!-- /featuredocs:manual -->\n"));
    assertEquals(Message.MANUAL_STRAY_CLOSE, e.message());
    assertEquals(3, e.line());
  }
}
