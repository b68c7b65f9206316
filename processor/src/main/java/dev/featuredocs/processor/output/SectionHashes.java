package dev.featuredocs.processor.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What featuredocs generated, recorded in the summary so that a later run can tell text a person
 * typed outside the manual blocks from text that changed with the code: one short hash per
 * {@code ##} section, over the section's text with the blocks' contents left out, on the line
 * before {@link DocsDirectory#TRAILER}:
 *
 * <pre>
 * &lt;!-- featuredocs:sections 1f0c9a2e 77b1d3c0 … --&gt;
 * </pre>
 *
 * <p>A committed section whose hash is not recorded was edited by hand (or typed in whole); its
 * lines that the fresh generation does not contain are the person's text, which {@link
 * ManualSections} keeps in the {@value ManualSections#PRESERVED_ID} block. Lines are compared with
 * trailing white space removed, so an editor that trims line ends on save edits nothing. A file
 * without the line (written by an older featuredocs, or the line deleted) is taken as unedited.
 */
final class SectionHashes {
  private static final Pattern LINE = Pattern.compile("<!-- featuredocs:sections((?: [0-9a-f]{8})*) -->");

  private SectionHashes() {}

  /** Text typed outside the blocks of one section: the committed lines, numbered from 1. */
  record Edit(String section, int firstLine, int lastLine, String text) {
    String lines() {
      return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
    }
  }

  /** One line of a summary outside the blocks' contents, with its number (from 1) and its {@code \n}. */
  private record Line(int number, String text) {
    String trimmed() {
      return text.stripTrailing();
    }
  }

  private record Section(String heading, List<Line> lines) {}

  /** The line that records {@code markdown}'s sections (the summary without its last two lines). */
  static String line(String markdown) {
    StringBuilder line = new StringBuilder("<!-- featuredocs:sections");
    for (Section section : sections(markdown)) {
      line.append(' ').append(hash(section));
    }
    return line.append(" -->").toString();
  }

  /** The hashes a committed summary records; empty when it records none. */
  static Optional<Set<String>> recorded(String committed) {
    for (String line : committed.split("\n")) {
      Matcher matcher = LINE.matcher(line.strip());
      if (matcher.matches()) {
        return Optional.of(new LinkedHashSet<>(List.of(matcher.group(1).strip().split(" "))));
      }
    }
    return Optional.empty();
  }

  /**
   * The text typed outside the blocks of {@code committed}: in each section whose hash {@code
   * recorded} lacks, the runs of lines that {@code fresh} (the new generation) has nowhere; a run
   * goes on across blank lines. Empty when nothing was edited.
   */
  static List<Edit> edits(String committed, Set<String> recorded, String fresh) {
    Set<String> generated = new java.util.HashSet<>();
    for (String line : fresh.split("\n", -1)) {
      generated.add(line.stripTrailing());
    }
    List<Edit> edits = new ArrayList<>();
    for (Section section : sections(committed)) {
      if (recorded.contains(hash(section))) {
        continue;
      }
      List<Line> run = new ArrayList<>();
      int blanks = 0;
      for (Line line : section.lines()) {
        boolean typed = !line.trimmed().isEmpty() && !generated.contains(line.trimmed());
        if (typed) {
          blanks = 0;
          run.add(line);
        } else if (!run.isEmpty() && line.trimmed().isEmpty()) {
          blanks++;
          run.add(line);
        } else {
          flush(section, run, blanks, edits);
          blanks = 0;
        }
      }
      flush(section, run, blanks, edits);
    }
    return edits;
  }

  private static void flush(Section section, List<Line> run, int blanks, List<Edit> edits) {
    List<Line> typed = run.subList(0, run.size() - blanks);
    if (!typed.isEmpty()) {
      StringBuilder text = new StringBuilder();
      typed.forEach(l -> text.append(l.text()).append(l.text().endsWith("\n") ? "" : "\n"));
      edits.add(new Edit(section.heading(), typed.get(0).number(), typed.get(typed.size() - 1).number(),
          text.toString()));
    }
    run.clear();
  }

  /**
   * The {@code ##} sections of a summary (the first one is what comes before the first {@code ##}),
   * without the blocks' contents, without code-fenced headings, without the hash line and trailer.
   */
  private static List<Section> sections(String text) {
    List<Section> sections = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    String heading = null;
    String fence = null;
    boolean inBlock = false;
    int number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      String line = text.substring(start, end);
      start = end;
      number++;
      String marker = line.strip();
      if (inBlock) {
        if (ManualSections.isClose(marker)) {
          inBlock = false;
          lines.add(new Line(number, line));
        }
        continue; // the blocks' contents are the team's: no part of what is generated
      }
      Matcher fenceLine = ManualSections.FENCE.matcher(line);
      if (fence != null) {
        if (fenceLine.matches() && fenceLine.group(1).startsWith(fence) && fenceLine.group(2).isBlank()) {
          fence = null;
        }
        lines.add(new Line(number, line));
        continue;
      }
      if (fenceLine.matches() && !(fenceLine.group(1).charAt(0) == '`' && fenceLine.group(2).contains("`"))) {
        fence = fenceLine.group(1);
      } else if (ManualSections.isOpen(marker)) {
        inBlock = true;
      } else if (marker.equals(DocsDirectory.TRAILER) || LINE.matcher(marker).matches()) {
        continue;
      } else if (line.startsWith("## ")) {
        sections.add(new Section(heading, lines));
        lines = new ArrayList<>();
        heading = line.substring(3).strip();
      }
      lines.add(new Line(number, line));
    }
    sections.add(new Section(heading, lines));
    return sections.stream()
        .map(s -> new Section(s.heading() == null ? "the top of the file" : "\"" + s.heading() + "\"", s.lines()))
        .toList();
  }

  /** 8 hex digits of SHA-256 over the section's lines, line ends trimmed, trailing blank lines left out. */
  private static String hash(Section section) {
    List<String> trimmed = new ArrayList<>(section.lines().stream().map(Line::trimmed).toList());
    while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
      trimmed.remove(trimmed.size() - 1);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.join("\n", trimmed).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
