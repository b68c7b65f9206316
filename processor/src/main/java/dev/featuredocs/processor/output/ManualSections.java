package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A summary cut into generated text and manual blocks, the sections code cannot fill:
 *
 * <pre>
 * &lt;!-- featuredocs:manual id="manual-testing" --&gt;
 * _Code cannot tell this: it is for the team to write._
 * &lt;!-- /featuredocs:manual --&gt;
 * </pre>
 *
 * <p>{@link #mergedWith} puts the committed file's block contents, byte for byte, into a freshly
 * rendered summary, each in the place of the block with the same id. A committed block whose id
 * the fresh summary no longer has is kept at the end under {@value #PRESERVED_HEADING}, unless it
 * holds no hand-written text (blank, or still the placeholder a fresh block carries). Markers are
 * whole lines; {@code \r\n} must already be {@code \n}.
 *
 * <p>Blocks marked {@code featuredocs:tests} belong to the test pass, not to the team: merged the
 * same way in the main compile (which keeps the test pass's last word), regenerated in the test
 * pass, and never preserved; their ids share one name space with manual blocks.
 */
public final class ManualSections {
  static final String PRESERVED_HEADING = "## Preserved notes";
  static final String PRESERVED_INTRO =
      "_Hand-written notes from sections this summary no longer has, or typed outside a manual block:"
          + " move them into a manual block where they belong, or delete them._";
  /** The block that keeps text typed outside the manual blocks ({@link SectionHashes}). */
  static final String PRESERVED_ID = "preserved-notes";
  static final String CLOSE = "<!-- /featuredocs:manual -->";

  /** The owner of a block the test pass writes ({@code featuredocs:tests}); manual blocks belong to the team. */
  static final String TESTS = "tests";
  private static final String MANUAL = "manual";

  private static final Pattern OPEN_LINE =
      Pattern.compile("<!--\\s*featuredocs:(manual|tests)\\s+id=\"([^\"]+)\"\\s*-->");
  private static final Pattern CLOSE_LINE = Pattern.compile("<!--\\s*/featuredocs:(manual|tests)\\s*-->");
  /** A CommonMark code fence: up to three spaces, then three or more backticks or tildes, then an info string. */
  static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)\n?");
  private static final Pattern ANY_MARKER = Pattern.compile("<!--\\s*/?\\s*featuredocs:(manual|tests)\\b.*");

  /**
   * Generated text, or one block: its owner ({@code manual} or {@code tests}), opening line,
   * content and closing line, each with its {@code \n}.
   */
  private record Part(String text, String owner, String id, String open, String content, String close) {
    boolean isBlock() {
      return id != null;
    }

    boolean isManual() {
      return MANUAL.equals(owner);
    }
  }

  private final List<Part> parts;
  private final Map<String, Part> blocks;

  private ManualSections(List<Part> parts) {
    this.parts = List.copyOf(parts);
    this.blocks = parts.stream().filter(Part::isBlock)
        .collect(Collectors.toMap(Part::id, p -> p, (a, b) -> a, LinkedHashMap::new));
  }

  /** A whole (stripped) line that opens a block. */
  static boolean isOpen(String marker) {
    return marker.startsWith("<!--") && OPEN_LINE.matcher(marker).matches();
  }

  /** A whole (stripped) line that closes a block. */
  static boolean isClose(String marker) {
    return marker.startsWith("<!--") && CLOSE_LINE.matcher(marker).matches();
  }

  /** The opening marker of block {@code id}. */
  static String open(String id) {
    return "<!-- featuredocs:manual id=\"" + id + "\" -->";
  }

  /** Whether {@link #FENCE} can match: up to three spaces, then a backtick or a tilde. */
  private static boolean mayBeFence(String line) {
    int i = 0;
    while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && (line.charAt(i) == '`' || line.charAt(i) == '~');
  }

  /** Whether the line, stripped, starts with {@code <!--}, as every marker does. */
  private static boolean mayBeMarker(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return line.startsWith("<!--", i);
  }

  /** Cuts {@code text} into parts; fails on the first marker that does not pair up. */
  public static ManualSections parse(String text) throws MarkerException {
    List<Part> parts = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    StringBuilder pending = new StringBuilder();
    String openId = null;
    String openOwner = null;
    String openLine = null;
    int openAt = 0;
    int number = 0;
    String fence = null;
    for (String line : lines(text)) {
      number++;
      // most lines are neither fences nor markers: tell them by their first characters, no matcher, no copy
      Matcher fenceLine = mayBeFence(line) ? FENCE.matcher(line) : null;
      if (fence != null) { // inside a fenced code block a marker is shown, not meant
        if (fenceLine != null && fenceLine.matches() && fenceLine.group(1).startsWith(fence)
            && fenceLine.group(2).isBlank()) {
          fence = null;
        }
        pending.append(line);
        continue;
      }
      if (fenceLine != null && fenceLine.matches()
          && !(fenceLine.group(1).charAt(0) == '`' && fenceLine.group(2).contains("`"))) {
        fence = fenceLine.group(1);
        pending.append(line);
        continue;
      }
      if (!mayBeMarker(line)) { // every marker pattern starts so: no matcher for the other lines
        pending.append(line);
        continue;
      }
      String marker = line.strip();
      Matcher open = OPEN_LINE.matcher(marker);
      if (open.matches()) {
        if (openId != null) {
          throw unclosed(openId, openAt);
        }
        String id = open.group(2);
        Integer first = seen.putIfAbsent(id, number);
        if (first != null) {
          throw new MarkerException(Message.MANUAL_DUPLICATE_ID, number,
              "manual block id \"" + id + "\" is used twice", id, first);
        }
        parts.add(new Part(pending.toString(), null, null, null, null, null));
        pending.setLength(0);
        openId = id;
        openOwner = open.group(1);
        openLine = line;
        openAt = number;
      } else if (CLOSE_LINE.matcher(marker).matches()) {
        Matcher close = CLOSE_LINE.matcher(marker);
        if (openId == null || !close.matches() || !close.group(1).equals(openOwner)) {
          throw new MarkerException(Message.MANUAL_STRAY_CLOSE, number, "a closing marker closes no block");
        }
        parts.add(new Part(null, openOwner, openId, openLine, pending.toString(), line));
        pending.setLength(0);
        openId = null;
      } else if (ANY_MARKER.matcher(marker).matches()) {
        throw new MarkerException(Message.MANUAL_BAD_MARKER, number, "a marker is malformed: " + marker, marker);
      } else {
        pending.append(line);
      }
    }
    if (openId != null) {
      throw unclosed(openId, openAt);
    }
    parts.add(new Part(pending.toString(), null, null, null, null, null));
    return new ManualSections(parts);
  }

  private static MarkerException unclosed(String id, int line) {
    return new MarkerException(Message.MANUAL_UNCLOSED, line, "manual block \"" + id + "\" is not closed", id);
  }

  /** The lines of {@code text}, each with its {@code \n} (the last may lack one). */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }

  /** The ids of the manual blocks, in order. */
  public Set<String> ids() {
    return blocks.keySet();
  }

  /**
   * This (freshly rendered) summary with the contents of {@code committed}'s blocks in place of its
   * own, and {@code committed}'s other hand-written blocks under {@value #PRESERVED_HEADING}.
   */
  public String mergedWith(ManualSections committed) {
    return mergedWith(committed, false);
  }

  /**
   * As {@link #mergedWith(ManualSections)}; the blocks the test pass owns ({@code featuredocs:tests})
   * are carried over from {@code committed} too, unless {@code freshTests}: the test pass itself
   * renders them from the tests. Only manual blocks are ever preserved when their section is gone.
   */
  public String mergedWith(ManualSections committed, boolean freshTests) {
    return mergedWith(committed, freshTests, "");
  }

  /**
   * As {@link #mergedWith(ManualSections, boolean)}, with {@code typed} (text typed outside the
   * committed blocks, see {@link SectionHashes}) added at the end of the {@value #PRESERVED_ID}
   * block, which comes first under {@value #PRESERVED_HEADING} and keeps what it held.
   */
  String mergedWith(ManualSections committed, boolean freshTests, String typed) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part.isBlock()) {
        Part kept = committed.blocks.get(part.id());
        if (kept != null && (!kept.owner().equals(part.owner()) || (freshTests && !part.isManual()))) {
          kept = null;
        }
        // a block still holding the placeholder takes the fresh one (indentation may have changed)
        boolean untouched = kept != null && kept.content().strip().equals(part.content().strip());
        out.append(part.open()).append(kept == null || untouched ? part.content() : kept.content()).append(part.close());
      } else {
        out.append(part.text());
      }
    }
    Set<String> placeholders = parts.stream().filter(Part::isBlock).map(Part::content).collect(Collectors.toSet());
    Map<String, String> preserved = new LinkedHashMap<>();
    preserved.put(PRESERVED_ID, "");
    committed.blocks.values().stream()
        .filter(Part::isManual)
        .filter(p -> !blocks.containsKey(p.id()) || !blocks.get(p.id()).isManual())
        .filter(p -> !p.content().isBlank() && !placeholders.contains(p.content()))
        .forEach(p -> preserved.put(p.id(), p.content().endsWith("\n") ? p.content() : p.content() + "\n"));
    if (!typed.isEmpty()) {
      String earlier = preserved.get(PRESERVED_ID);
      preserved.put(PRESERVED_ID, earlier.isEmpty() ? typed : earlier + "\n" + typed);
    }
    if (preserved.get(PRESERVED_ID).isEmpty()) {
      preserved.remove(PRESERVED_ID);
    }
    if (!preserved.isEmpty()) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      out.append('\n').append(PRESERVED_HEADING).append("\n\n").append(PRESERVED_INTRO).append('\n');
      preserved.forEach((id, content) ->
          out.append('\n').append(open(id)).append('\n').append(content).append(CLOSE).append('\n'));
    }
    return out.toString();
  }
}
