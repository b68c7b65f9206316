package dev.featuredocs.processor.model;

/** A line of a checklist: {@code - [x] text} when done, {@code - [ ] text} when open. */
public record CheckItem(String text, boolean done) {}
