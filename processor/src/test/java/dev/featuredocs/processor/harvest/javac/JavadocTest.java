package dev.featuredocs.processor.harvest.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTest {
  @Test
  void firstSentence_endsAtTheFirstPeriodFollowedBySpace() {
    assertEquals("Shares documents, e.g. with teams.",
        Javadoc.firstSentence(" Shares documents, e.g.\n with teams. More here.\n"));
  }

  @Test
  void firstSentence_reducesInlineTagsAndHtmlAndStopsAtBlockTags() {
    assertEquals("Stores Share rows in the shares table",
        Javadoc.firstSentence(" Stores {@link Share} rows in the <em>{@code shares}</em> table\n @since 1.0\n"));
    assertEquals("Calls the owner.", Javadoc.firstSentence("Calls {@link Owner#notify the owner}. Then more."));
  }

  @Test
  void firstSentence_ofNoTextIsEmpty() {
    assertEquals("", Javadoc.firstSentence("\n @param x the x\n"));
  }

  @Test
  void plainText_decodesHtmlEntitiesAfterDroppingTags_andKeepsAngleBracketsOfCode() {
    assertEquals("It's a <b> & \u2014 list: Map<String, List<Tag>>",
        Javadoc.plain("It&#39;s a &lt;b&gt; &amp; &mdash; list: {@code Map<String, List<Tag>>}"));
    assertEquals("Unknown &bogus; stays", Javadoc.plain("Unknown &bogus; stays"));
  }

  @Test
  void inlineTags_withBracesInsideAndLinksWithParameters() {
    assertEquals("As {\"a\": 1} via Pets.add(Pet, int) and the label.",
        Javadoc.plain("As {@code {\"a\": 1}} via {@link Pets#add(Pet, int)} and {@link Pets#add(Pet, int) the label}."));
  }

  @Test
  void paragraphTags_separateWords() {
    assertEquals("First. Second", Javadoc.plain("First.<p>Second"));
  }
}
