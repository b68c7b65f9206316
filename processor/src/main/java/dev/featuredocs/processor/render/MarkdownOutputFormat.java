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
    String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
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
