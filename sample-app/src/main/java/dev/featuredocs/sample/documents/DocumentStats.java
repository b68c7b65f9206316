package dev.featuredocs.sample.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a document's text.
 *
 * @param characters how many characters the content has
 * @param lines how many lines the content has
 * @param words how often each word occurs, lower-cased
 */
public record DocumentStats(int characters, int lines, Map<String, Integer> words) {

  /**
   * Counts the given text.
   *
   * @param content the document's content
   * @return its counts
   */
  public static DocumentStats of(String content) {
    Map<String, Integer> words = new TreeMap<>();
    for (String word : content.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.merge(word, 1, Integer::sum);
      }
    }
    return new DocumentStats(content.length(), (int) content.lines().count(), words);
  }

  /**
   * Whether the content is empty; Jackson writes this package-private accessor because it is
   * annotated, under the annotation's name.
   *
   * @return {@code true} when there is no content
   */
  @JsonProperty("is_empty")
  boolean empty() {
    return characters == 0;
  }
}
