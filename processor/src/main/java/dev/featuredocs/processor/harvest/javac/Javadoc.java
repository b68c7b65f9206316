package dev.featuredocs.processor.harvest.javac;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** The first sentence of an element's javadoc, the way javadoc's own summary line is cut. */
public final class Javadoc {
  private final Elements elements;

  public Javadoc(Elements elements) {
    this.elements = elements;
  }

  /** The first sentence, inline tags reduced to their text, on one line; empty when there is no javadoc. */
  public String firstSentence(Element element) {
    String doc = elements.getDocComment(element);
    return doc == null ? "" : firstSentence(doc);
  }

  /** The {@code @param} tags of a doc comment: parameter (or record component) name → its text on one line. */
  public static java.util.Map<String, String> params(String doc) {
    java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
    if (doc == null) {
      return result;
    }
    for (String block : doc.split("\n\\s*@")) {
      String trimmed = block.strip();
      if (trimmed.startsWith("param ")) {
        String rest = trimmed.substring(6).strip();
        int space = rest.indexOf(' ');
        if (space > 0) {
          result.put(rest.substring(0, space), plain(rest.substring(space + 1)));
        }
      }
    }
    return result;
  }

  /**
   * The text of a block tag, e.g. {@code @fix}, on one line: inline tags reduced to their text;
   * several such tags are joined with a space; empty when there is none.
   */
  public static String blockTag(String doc, String tag) {
    if (doc == null) {
      return "";
    }
    List<String> found = new java.util.ArrayList<>();
    for (String block : ("\n" + doc).split("\n\\s*@")) {
      if (block.startsWith(tag + " ") || block.startsWith(tag + "\n") || block.equals(tag)) {
        found.add(plain(block.substring(tag.length())));
      }
    }
    return String.join(" ", found).strip();
  }

  /** Whether the element has a doc comment with any text. */
  public boolean documented(javax.lang.model.element.Element element) {
    String doc = elements.getDocComment(element);
    return doc != null && !doc.isBlank();
  }

  public String doc(javax.lang.model.element.Element element) {
    return elements.getDocComment(element);
  }

  /** Javadoc text on one line, inline tags reduced to their text and HTML tags dropped. */
  public static String plain(String text) {
    return inlineTags(text).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
  }

  public static String firstSentence(String doc) {
    StringBuilder body = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        break; // block tags end the description
      }
      body.append(trimmed).append(' ');
    }
    String text = inlineTags(body.toString()).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    // The sentence rules javadoc itself uses (BreakIterator): "e.g. with" does not end a sentence.
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int end = sentences.next();
    return end == BreakIterator.DONE ? text : text.substring(0, end).strip();
  }

  /** {@code {@code x}} and {@code {@link Foo#bar label}} become their text. */
  private static String inlineTags(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{@", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      int end = text.indexOf('}', start);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      String tag = text.substring(start + 2, end);
      int space = tag.indexOf(' ');
      String name = space < 0 ? tag : tag.substring(0, space);
      String content = space < 0 ? "" : tag.substring(space + 1).strip();
      if ((name.equals("link") || name.equals("linkplain")) && content.contains(" ")) {
        content = content.substring(content.indexOf(' ') + 1); // the label
      } else if (name.equals("link") || name.equals("linkplain")) {
        content = content.replace('#', '.').replaceAll("^\\.", "");
      }
      out.append(content);
      i = end + 1;
    }
    return out.toString();
  }
}
