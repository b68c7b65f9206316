package dev.featuredocs.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The short diffs of verify messages. */
class UnifiedDiffTest {
  private static String numbered(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
  }

  @Test
  void equalTexts_haveNoDiff() {
    assertEquals("", UnifiedDiff.of("a", "b", "x\ny\n", "x\ny\n", 40));
  }

  @Test
  void changedLine_isShownWithThreeLinesOfContext() {
    String from = numbered(1, 10);
    String to = from.replace("line 5\n", "line five\n");

    assertEquals("""
        --- old.md
        +++ new.md
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8""", UnifiedDiff.of("old.md", "new.md", from, to, 40));
  }

  @Test
  void changesWithinSixLines_shareAHunkAndDistantOnesDoNot() {
    String from = numbered(1, 30);
    String to = from.replace("line 2\n", "").replace("line 8\n", "line 8\nline 8b\n").replace("line 25\n", "line XXV\n");

    assertEquals("""
        --- a
        +++ b
        @@ -1,11 +1,11 @@
         line 1
        -line 2
         line 3
         line 4
         line 5
         line 6
         line 7
         line 8
        +line 8b
         line 9
         line 10
         line 11
        @@ -22,7 +22,7 @@
         line 22
         line 23
         line 24
        -line 25
        +line XXV
         line 26
         line 27
         line 28""", UnifiedDiff.of("a", "b", from, to, 40));
  }

  @Test
  void newFile_isAllAdditionsFromLineZero() {
    assertEquals("""
        --- /dev/null
        +++ new.md
        @@ -0,0 +1,2 @@
        +line 1
        +line 2""", UnifiedDiff.of("/dev/null", "new.md", "", numbered(1, 2), 40));
  }

  @Test
  void longDiff_isCutAndSaysHowManyLinesWereNotShown() {
    assertEquals("""
        --- old.md
        +++ /dev/null
        @@ -1,5 +0,0 @@
        -line 1
        -line 2
        ... 3 more lines not shown""", UnifiedDiff.of("old.md", "/dev/null", numbered(1, 5), "", 3));
  }

  @Test
  void missingFinalNewline_isADifferenceOfThatLine() {
    assertEquals("""
        --- a
        +++ b
        @@ -1,2 +1,2 @@
         x
        -y
        +y!""", UnifiedDiff.of("a", "b", "x\ny", "x\ny!\n", 40));
  }
}
