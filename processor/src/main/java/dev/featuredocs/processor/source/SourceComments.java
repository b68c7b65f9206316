package dev.featuredocs.processor.source;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * {@code TODO}, {@code FIXME} and {@code XXX} in the comments of a source file. javac's trees keep no
 * comments, so the file's text is read once (cached by URI) and scanned with a small lexer that
 * tells comments from string, character and text-block literals; nothing is parsed. A file that
 * cannot be read yields nothing.
 */
public final class SourceComments {
  private static final Pattern TAG = Pattern.compile("\\b(TODO|FIXME|XXX)\\b[\\s:\\-]*(.*)");

  /**
   * A tagged comment.
   *
   * @param tag {@code TODO}, {@code FIXME} or {@code XXX}
   * @param text what follows the tag on its line, without the comment's closing {@code *}{@code /}
   * @param line the line, from 1
   */
  public record Tagged(String tag, String text, int line) {}

  private final Map<URI, List<Tagged>> files = new HashMap<>();

  public List<Tagged> tagged(JavaFileObject file) {
    return files.computeIfAbsent(file.toUri(), uri -> {
      try {
        return scan(file.getCharContent(true));
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }

  /** The tagged comment lines of Java source text, in order. */
  static List<Tagged> scan(CharSequence source) {
    List<Tagged> result = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    int line = 1;
    int commentLine = 0;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      char next = i + 1 < n ? source.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        int end = i;
        while (end < n && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
          end++;
        }
        find(source.subSequence(i + 2, end), line, result);
        i = end;
      } else if (c == '/' && next == '*') {
        i += 2;
        comment.setLength(0);
        commentLine = line;
        while (i < n && !(source.charAt(i) == '*' && i + 1 < n && source.charAt(i + 1) == '/')) {
          char d = source.charAt(i);
          if (d == '\n' || (d == '\r' && (i + 1 >= n || source.charAt(i + 1) != '\n'))) {
            find(comment, commentLine, result);
            comment.setLength(0);
            line++;
            commentLine = line;
          } else if (d != '\r') {
            comment.append(d);
          }
          i++;
        }
        find(comment, commentLine, result);
        i += 2;
      } else {
        // a literal is stepped over whole (a TODO in a string is no comment); text blocks span lines
        int end = Math.max(i + 1, JavaText.literalEnd(source, i));
        for (; i < end; i++) {
          line += newline(source, i);
        }
      }
    }
    return result;
  }

  private static int newline(CharSequence source, int i) {
    char c = source.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) ? 1 : 0;
  }

  private static void find(CharSequence comment, int line, List<Tagged> result) {
    Matcher tag = TAG.matcher(comment);
    if (tag.find()) {
      String text = tag.group(2).replaceAll("\\*+/?\\s*$", "").strip();
      result.add(new Tagged(tag.group(1), text, line));
    }
  }
}
