package dev.featuredocs.processor.output;

/** What the processor does with the committed summaries. */
public enum Mode {
  /** Write the summaries that changed; leave identical files untouched. */
  WRITE,
  /** Write nothing; fail where a committed summary differs from what the code says. */
  VERIFY
}
