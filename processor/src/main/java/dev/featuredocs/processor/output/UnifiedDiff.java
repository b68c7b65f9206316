package dev.featuredocs.processor.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A short unified diff between two texts, for messages: three lines of context, hunks as
 * {@code diff -u} writes them, and at most a given number of lines after the two file lines, then
 * how many were cut. Lines are compared after the texts' line endings were normalised to {@code \n}.
 */
final class UnifiedDiff {
  static final int CONTEXT = 3;
  /** Above this many cells the middle of two texts is shown as replaced outright rather than aligned. */
  private static final long MAX_TABLE = 4_000_000;

  private enum Op { KEEP, DELETE, INSERT }

  private record Edit(Op op, String line, int from, int to) {}

  private UnifiedDiff() {}

  /**
   * The diff from {@code from} to {@code to}, labelled {@code --- fromLabel} and {@code +++ toLabel},
   * its lines joined with {@code \n} (no newline at the end); empty if the texts are equal.
   */
  static String of(String fromLabel, String toLabel, String from, String to, int maxLines) {
    List<String> body = hunks(edits(lines(from), lines(to)));
    if (body.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>(List.of("--- " + fromLabel, "+++ " + toLabel));
    if (body.size() <= maxLines) {
      out.addAll(body);
    } else {
      out.addAll(body.subList(0, maxLines));
      out.add("... " + (body.size() - maxLines) + " more lines not shown");
    }
    return String.join("\n", out);
  }

  private static String[] lines(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return body.split("\n", -1);
  }

  /** The edit script: common head and tail kept, the middle aligned on its longest common subsequence. */
  private static List<Edit> edits(String[] a, String[] b) {
    int head = 0;
    while (head < a.length && head < b.length && a[head].equals(b[head])) {
      head++;
    }
    int tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
      tail++;
    }
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      edits.add(new Edit(Op.KEEP, a[i], i, i));
    }
    int n = a.length - head - tail;
    int m = b.length - head - tail;
    if ((long) n * m <= MAX_TABLE) {
      align(a, b, head, n, m, edits);
    } else {
      for (int i = 0; i < n; i++) {
        edits.add(new Edit(Op.DELETE, a[head + i], head + i, head));
      }
      for (int j = 0; j < m; j++) {
        edits.add(new Edit(Op.INSERT, b[head + j], head + n, head + j));
      }
    }
    for (int k = 0; k < tail; k++) {
      edits.add(new Edit(Op.KEEP, a[head + n + k], head + n + k, head + m + k));
    }
    return edits;
  }

  private static void align(String[] a, String[] b, int head, int n, int m, List<Edit> edits) {
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = a[head + i].equals(b[head + j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i].equals(b[head + j])) {
        edits.add(new Edit(Op.KEEP, a[head + i], head + i, head + j));
        i++;
        j++;
      } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit(Op.DELETE, a[head + i], head + i, head + j));
        i++;
      } else {
        edits.add(new Edit(Op.INSERT, b[head + j], head + i, head + j));
        j++;
      }
    }
  }

  /** Hunks of changes with their context; changes closer than twice the context share a hunk. */
  private static List<String> hunks(List<Edit> edits) {
    List<String> out = new ArrayList<>();
    int k = 0;
    while (k < edits.size()) {
      if (edits.get(k).op() == Op.KEEP) {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      int lastChange = k;
      while (end < edits.size()) {
        if (edits.get(end).op() != Op.KEEP) {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      out.addAll(hunk(edits.subList(start, end)));
      k = end;
    }
    return out;
  }

  private static List<String> hunk(List<Edit> edits) {
    int fromCount = (int) edits.stream().filter(e -> e.op() != Op.INSERT).count();
    int toCount = (int) edits.stream().filter(e -> e.op() != Op.DELETE).count();
    Edit first = edits.get(0);
    List<String> out = new ArrayList<>();
    out.add("@@ -" + range(first.from(), fromCount) + " +" + range(first.to(), toCount) + " @@");
    for (Edit e : edits) {
      out.add(switch (e.op()) {
        case KEEP -> " " + e.line();
        case DELETE -> "-" + e.line();
        case INSERT -> "+" + e.line();
      });
    }
    return out;
  }

  /** {@code diff -u}'s range: 1-based start, count unless it is 1; an empty range names the line before it. */
  private static String range(int start, int count) {
    if (count == 0) {
      return start + ",0";
    }
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }
}
