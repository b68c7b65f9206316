package dev.featuredocs.processor.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for Markdown: every {@code ${value}} in a template is escaped here, in
 * Java, so a business value like {@code "Share *any* file"} prints literally. Templates write
 * {@code ${value?no_esc}} only inside code spans, where Markdown does not interpret characters.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {
  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String text, Writer out) throws IOException {
    out.write(escape(text));
  }

  @Override
  public String escapePlainText(String text) {
    return escape(text);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainText, String markup) {
    return new Model(plainText, markup);
  }

  /**
   * Escapes what Markdown (CommonMark and GitHub's tables) would interpret inline, and folds line
   * breaks, since every value is rendered inside one line. Underscores inside words stay as they
   * are: they never start emphasis.
   */
  public static String escape(String text) {
    String line = oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '>', '|' -> out.append('\\').append(c);
        case '_' -> {
          boolean inWord = i > 0 && i + 1 < line.length()
              && Character.isLetterOrDigit(line.charAt(i - 1)) && Character.isLetterOrDigit(line.charAt(i + 1));
          out.append(inWord ? "_" : "\\_");
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text on one line, without control characters: line breaks (and the spaces around them)
   * become one space, as CommonMark itself renders them inside a paragraph or code span; NUL, BEL,
   * ESC and the other C0/C1 controls are dropped, a tab is a space.
   */
  public static String oneLine(String text) {
    String stripped = withoutControls(text).strip();
    // Most values are on one line already: only \n, \r, U+2028 and U+2029 can still break one here
    // (the other line breaks \R knows are controls, gone by now), so the regular expression runs only then.
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return LINE_BREAK.matcher(stripped).replaceAll(" ");
      }
    }
    return stripped;
  }

  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");

  /** The text without C0/C1 control characters other than line breaks; a tab becomes a space. */
  public static String withoutControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (c == '\t') {
          out.append(' ');
        } else if (!control) {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A code span of {@code text} on one line: fenced with one backtick more than the longest run of
   * backticks inside, padded with spaces when it has any. In a table cell ({@code cell}) a {@code |}
   * is written {@code \|}: GitHub splits cells before it reads code spans, and drops the backslash.
   */
  public static String codeSpan(String text, boolean cell) {
    String line = oneLine(text);
    int longest = 0;
    for (int i = 0, run = 0; i < line.length(); i++) {
      run = line.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String body = cell ? line.replace("|", "\\|") : line;
    return longest == 0 ? fence + body + fence : fence + " " + body + " " + fence;
  }

  /**
   * A link to {@code target}, whose text is the target: only a relative path or an http(s) URL is
   * linked (percent-encoding what would end or break the destination); anything else ({@code
   * javascript:}, {@code data:}, {@code //host}) is shown as text, saying why it is not a link.
   */
  public static String link(String target) {
    return link(target, target);
  }

  /**
   * As {@link #link(String)}, shown as {@code text} and pointing at {@code target}: a
   * repository-relative path shown as written, linked from the summary's folder ({@link
   * dev.featuredocs.processor.model.References}).
   */
  public static String link(String text, String target) {
    String clean = oneLine(target);
    boolean web = clean.regionMatches(true, 0, "http://", 0, 7) || clean.regionMatches(true, 0, "https://", 0, 8);
    boolean relative = !SCHEME.matcher(clean).matches() && !clean.startsWith("//")
        && !clean.startsWith("\\");
    if (!web && !relative) {
      return escape(oneLine(text)) + " _(not linked: only a relative path or an http(s) URL is)_";
    }
    StringBuilder destination = new StringBuilder();
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c <= ' ' || "()<>[]\"'`\\|{}^".indexOf(c) >= 0) {
        destination.append(String.format("%%%02X", (int) c));
      } else {
        destination.append(c);
      }
    }
    return "[" + escape(oneLine(text)) + "](" + destination + ")";
  }

  /**
   * The backticks that fence {@code content} as a code block: three, or one more than the longest
   * run of backticks in it, so a text block holding {@code ```} cannot end the block early.
   */
  public static String fence(String content) {
    int longest = 0;
    for (int i = 0, run = 0; i < content.length(); i++) {
      run = content.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /** Text already in Markdown, or text to be escaped when output. */
  public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
    Model(String plainText, String markup) {
      super(plainText, markup);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
