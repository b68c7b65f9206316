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

  /** Javadoc text on one line, inline tags reduced to their text, HTML tags dropped and entities decoded. */
  public static String plain(String text) {
    return clean(text);
  }

  /**
   * Inline tags to their text, HTML tags dropped (paragraph and line breaks become spaces), character
   * references ({@code &#39;}, {@code &lt;}) decoded; the text of {@code {@code List<String>}} keeps its
   * angle brackets.
   */
  private static String clean(String text) {
    String withoutTags = ANY_TAG.matcher(BREAKING_TAG.matcher(inlineTags(text)).replaceAll(" ")).replaceAll("");
    return WHITESPACE.matcher(HtmlEntities.decode(withoutTags).replace(LT, '<').replace(GT, '>')).replaceAll(" ").strip();
  }

  // compiled once: every model property, endpoint and member's javadoc goes through clean()
  private static final java.util.regex.Pattern BREAKING_TAG = java.util.regex.Pattern.compile(
      "(?i)</?(p|br|li|ul|ol|div|pre|h[1-6]|tr|td|th|table|dl|dt|dd|blockquote)\\b[^>]*>");
  private static final java.util.regex.Pattern ANY_TAG = java.util.regex.Pattern.compile("<[^>]+>");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** Stand-ins for angle brackets inside {@code {@code …}}, so that no HTML tag is seen there. */
  private static final char LT = '\uE010';
  private static final char GT = '\uE011';

  public static String firstSentence(String doc) {
    StringBuilder body = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        break; // block tags end the description
      }
      body.append(trimmed).append(' ');
    }
    String text = clean(body.toString());
    // The sentence rules javadoc itself uses (BreakIterator): "e.g. with" does not end a sentence.
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int end = sentences.next();
    return end == BreakIterator.DONE ? text : text.substring(0, end).strip();
  }

  /**
   * {@code {@code x}}, {@code {@literal x}} and {@code {@link Foo#bar label}} become their text;
   * braces inside a tag ({@code {@code {"a": 1}}}) are balanced, as javadoc balances them.
   */
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
      int end = closing(text, start);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      String tag = text.substring(start + 2, end);
      int space = indexOfSpace(tag);
      String name = space < 0 ? tag : tag.substring(0, space);
      String content = space < 0 ? "" : tag.substring(space + 1).strip();
      if ((name.equals("link") || name.equals("linkplain")) && indexOfSpace(content) > 0) {
        content = content.substring(indexOfSpace(content) + 1).strip(); // the label
      } else if (name.equals("link") || name.equals("linkplain")) {
        content = content.replace('#', '.').replaceAll("^\\.", "");
      } else if (name.equals("inheritDoc")) {
        content = "";
      }
      boolean literal = name.equals("code") || name.equals("literal");
      out.append(literal ? content.replace('<', LT).replace('>', GT) : content);
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the brace closing the inline tag opened at {@code start}, or -1. */
  private static int closing(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first whitespace outside parentheses: {@code Foo#bar(int, String) label} splits before the label. */
  private static int indexOfSpace(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (Character.isWhitespace(c) && depth <= 0) {
        return i;
      }
    }
    return -1;
  }
}
