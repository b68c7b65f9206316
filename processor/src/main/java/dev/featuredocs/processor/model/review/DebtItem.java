package dev.featuredocs.processor.model.review;

/**
 * A {@code TODO}, {@code FIXME} or {@code XXX} comment in one of the feature's source files.
 *
 * @param tag {@code TODO}, {@code FIXME} or {@code XXX}
 * @param text the comment from the tag to the end of its line
 * @param file the file, relative to the source root
 * @param line its line, from 1
 */
public record DebtItem(String tag, String text, String file, int line) {}
