package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Failures;
import dev.featuredocs.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Where a feature's rendered files go: into class output through the {@code Filer}
 * ({@code META-INF/featuredocs/<slug>.md} and {@code .json}), and with a docs directory also the
 * committed copy {@code <dir>/<slug>.md}, written or verified.
 *
 * <p>Every summary ends with {@link DocsDirectory#TRAILER}. With a docs directory, the text is the
 * fresh rendering with the committed file's manual blocks merged in ({@link ManualSections}), and
 * both copies get that same text: so {@code verify} expects the hand-written content too, and the
 * class-output copy agrees with the committed one. Committed markers that do not pair up are an
 * error, and nothing is written for that feature.
 *
 * <p>{@code write} replaces a committed file only when its text changed (line endings aside), so
 * unchanged files keep their timestamps. {@code verify} writes nothing to the docs directory and
 * reports each stale, missing or orphaned summary with a short diff.
 */
public final class SummaryOutput {
  private static final String RESOURCE_DIR = "META-INF/featuredocs/";
  /** The OpenAPI document's file name, in class output and in the docs directory. */
  public static final String OPENAPI = "openapi.json";
  /** Lines of diff shown in a message, after its two file lines. */
  static final int DIFF_LINES = 40;

  private final ClassOutput classOutput;
  private final Diagnostics diagnostics;
  private final Optional<DocsDirectory> docs;
  private final Mode mode;
  private final String templateName;
  private boolean classOutputSummaries = true;
  /**
   * The committed summaries ({@link DocsDirectory#summaries()}, each file read whole to tell it by its
   * last line), listed once and again only after this output wrote a summary: the orphan check and
   * the committed slugs ask for them in the same compile.
   */
  private List<Path> summaries;

  public SummaryOutput(Filer filer, Diagnostics diagnostics, Optional<Path> docsDir, Mode mode, String templateName) {
    this(new ClassOutput(filer, false), diagnostics, docsDir, mode, templateName);
  }

  /** {@code classOutput}: shared with the fragments ({@link FragmentStore}), so one compile learns where it is once. */
  public SummaryOutput(ClassOutput classOutput, Diagnostics diagnostics, Optional<Path> docsDir, Mode mode,
      String templateName) {
    this.classOutput = classOutput;
    this.diagnostics = diagnostics;
    this.docs = docsDir.map(DocsDirectory::new);
    this.mode = mode;
    this.templateName = templateName;
    if (mode == Mode.WRITE) {
      docs.ifPresent(DocsDirectory::cleanStaleTemps);
    }
  }

  /**
   * {@code false}: no Markdown summary in class output (so none in the jar); the JSON model stays,
   * since the test compile and downstream modules read it.
   */
  public SummaryOutput classOutputSummaries(boolean write) {
    this.classOutputSummaries = write;
    return this;
  }

  /**
   * Writes (or verifies) the files of feature {@code name}; {@code originating} is not empty.
   * Returns the UTF-8 bytes written to class output, 0 when an error stopped it.
   */
  public long emit(String name, String slug, String markdown, String json, Element... originating) {
    return emit(name, slug, markdown, json, false, originating);
  }

  /**
   * The test pass's summary of feature {@code name}: its test-owned blocks are regenerated, not
   * carried over. {@code json} is null for a model the main compile wrote: written again into
   * test class output, it would shadow the main one for the next test compile.
   */
  public long emitTested(String name, String slug, String markdown, String json, Element... originating) {
    return emit(name, slug, markdown, json, true, originating);
  }

  private long emit(String name, String slug, String markdown, String json, boolean freshTests, Element... originating) {
    ManualSections rendered;
    try {
      rendered = ManualSections.parse(markdown);
    } catch (MarkerException e) {
      diagnostics.error(Message.TEMPLATE_MANUAL_BLOCKS, originating[0], templateName, name, e.line(), e.getMessage());
      return 0;
    }
    if (docs.isEmpty()) {
      return resources(slug, signed(markdown), json, originating);
    }
    Path target = docs.get().file(slug);
    Optional<String> committed;
    try {
      committed = docs.get().read(target);
    } catch (IOException e) {
      diagnostics.error(Message.READ_FAILED, target, Failures.reason(e));
      return 0;
    }
    String expected = signed(markdown);
    if (committed.isPresent()) {
      try {
        ManualSections blocks = ManualSections.parse(committed.get());
        String merged = rendered.mergedWith(blocks, freshTests);
        List<SectionHashes.Edit> edits = SectionHashes.recorded(committed.get())
            .map(hashes -> SectionHashes.edits(committed.get(), hashes, merged)).orElse(List.of());
        if (!edits.isEmpty()) {
          reportEdits(target, edits);
        }
        expected = signed(edits.isEmpty() ? merged : rendered.mergedWith(blocks, freshTests, preservedText(edits)));
      } catch (MarkerException e) {
        diagnostics.error(e.message(), concat(target, e.line(), e.details()));
        return 0;
      }
    }
    long bytes = resources(slug, expected, json, originating);
    if (mode == Mode.VERIFY) {
      verify(target, committed, expected);
    } else if (!committed.equals(Optional.of(expected))) {
      write(target, expected);
    }
    return bytes;
  }

  /**
   * Reports the summaries in the docs directory that none of {@code slugs} (every feature of the
   * compilation) generates: an error in {@code verify}, a warning in {@code write}, which never
   * deletes a committed file.
   */
  public void reportOrphans(Set<String> slugs) {
    if (docs.isEmpty()) {
      return;
    }
    List<Path> committed;
    try {
      committed = summaries();
    } catch (IOException e) {
      diagnostics.error(Message.READ_FAILED, docs.get().dir(), Failures.reason(e));
      return;
    }
    for (Path file : committed) {
      String name = file.getFileName().toString();
      if (slugs.contains(name.substring(0, name.length() - ".md".length()))) {
        continue;
      }
      if (mode == Mode.WRITE) {
        diagnostics.warning(Message.SUMMARY_ORPHANED_WARNING, file, file);
        continue;
      }
      try {
        String text = docs.get().read(file).orElse("");
        diagnostics.error(Message.SUMMARY_ORPHANED, file, file,
            UnifiedDiff.of(name + " (committed)", "/dev/null", text, "", DIFF_LINES));
      } catch (IOException e) {
        diagnostics.error(Message.READ_FAILED, file, Failures.reason(e));
      }
    }
  }

  /**
   * Reports the files in {@code <dir>/schemas/} that none of {@code files} (every schema file of the
   * compilation) is: an error in {@code verify}, a warning in {@code write}, which never deletes.
   */
  public void reportOrphanSchemas(Set<String> files) {
    if (docs.isEmpty()) {
      return;
    }
    Path dir = docs.get().dir().resolve("schemas");
    List<Path> committed;
    try (java.util.stream.Stream<Path> list = java.nio.file.Files.isDirectory(dir)
        ? java.nio.file.Files.list(dir) : java.util.stream.Stream.empty()) {
      committed = list.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      diagnostics.error(Message.READ_FAILED, dir, Failures.reason(e));
      return;
    }
    for (Path file : committed) {
      if (files.contains(file.getFileName().toString())) {
        continue;
      }
      if (mode == Mode.WRITE) {
        diagnostics.warning(Message.SCHEMA_ORPHANED_WARNING, file, file);
      } else {
        diagnostics.error(Message.SCHEMA_ORPHANED, file, file);
      }
    }
  }

  /** The slugs of the summaries committed in the docs directory, in name order; none without one. */
  public List<String> committedSlugs() {
    if (docs.isEmpty()) {
      return List.of();
    }
    try {
      return summaries().stream().map(f -> f.getFileName().toString())
          .map(n -> n.substring(0, n.length() - ".md".length())).toList();
    } catch (IOException e) {
      diagnostics.error(Message.READ_FAILED, docs.get().dir(), Failures.reason(e));
      return List.of();
    }
  }

  private List<Path> summaries() throws IOException {
    if (summaries == null) {
      summaries = docs.get().summaries();
    }
    return summaries;
  }

  private void verify(Path target, Optional<String> committed, String expected) {
    String name = target.getFileName().toString();
    if (committed.isEmpty()) {
      diagnostics.error(Message.SUMMARY_MISSING, target,
          UnifiedDiff.of("/dev/null", name + " (generated from the code)", "", expected, DIFF_LINES));
    } else if (committed.get().equals(expected)) {
      diagnostics.note(Message.SUMMARY_CURRENT, target);
    } else {
      diagnostics.error(Message.SUMMARY_STALE, target,
          UnifiedDiff.of(name + " (committed)", name + " (generated from the code)", committed.get(), expected, DIFF_LINES));
    }
  }

  private void write(Path target, String content) {
    if (target.getFileName().toString().endsWith(".md")) {
      summaries = null; // a new summary, or a README that may now be one: list them again
    }
    try {
      docs.get().write(target, content);
    } catch (DocsDirectory.OutsideException e) {
      diagnostics.error(Message.OUTSIDE_DOCS, target, docs.get().dir(), e.resolved());
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.WRITE_FAILED, target, Failures.reason(e));
    }
  }

  private long resources(String slug, String markdown, String json, Element... originating) {
    if (classOutputSummaries) {
      resource(slug + ".md", markdown, originating);
    }
    if (json == null) {
      return utf8Length(markdown);
    }
    resource(slug + ".json", json, originating);
    return utf8Length(markdown) + utf8Length(json);
  }

  /** UTF-8 length without encoding a copy (a surrogate pair counts 4, as one code point). */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /**
   * A model's JSON Schema, beside the summaries that link to it: {@code <dir>/schemas/<file>} with
   * a docs directory, else {@code META-INF/featuredocs/schemas/<file>} in class output. Not both:
   * every file created through the {@code Filer} costs a check against every source file and every
   * file created before it (javac's {@code JavacFiler}), and the JSON model in class output has
   * each schema already.
   */
  public void emitSchema(String file, String json, Element... originating) {
    if (docs.isEmpty()) {
      resource("schemas/" + file, json, originating);
      return;
    }
    Path dir = docs.get().dir().resolve("schemas");
    Path target = dir.resolve(file).normalize();
    if (!target.getParent().equals(dir.normalize())) {
      throw new IllegalArgumentException("schema file escapes the docs directory: " + file);
    }
    Optional<String> committed;
    try {
      committed = docs.get().read(target);
    } catch (IOException e) {
      diagnostics.error(Message.READ_FAILED, target, Failures.reason(e));
      return;
    }
    if (mode == Mode.VERIFY && !committed.equals(Optional.of(json))) {
      verify(target, committed, json); // only what is wrong: the summaries' notes say the docs are current
    } else if (mode == Mode.WRITE && !committed.equals(Optional.of(json))) {
      write(target, json);
    }
  }

  /**
   * The OpenAPI document of the compilation's features: {@code META-INF/featuredocs/openapi.json}
   * in class output, and with a docs directory {@code <dir>/openapi.json}, written or verified.
   */
  public void emitOpenApi(String json, Element... originating) {
    resource(OPENAPI, json, originating);
    if (docs.isPresent()) {
      writeOrVerify(docs.get().dir().resolve(OPENAPI), json);
    }
  }

  /**
   * The index of the docs directory, {@code <dir>/README.md}, written or verified; nothing without a
   * docs directory. A README there that is not featuredocs' index is hand-written: it is left as it
   * is, with a warning.
   */
  public void emitIndex(String markdown) {
    if (docs.isEmpty()) {
      return;
    }
    Path target = docs.get().dir().resolve(IndexFile.NAME);
    Optional<String> committed;
    try {
      committed = docs.get().read(target);
    } catch (IOException e) {
      diagnostics.error(Message.READ_FAILED, target, e.getMessage());
      return;
    }
    if (committed.isPresent() && !IndexFile.isIndex(committed.get())) {
      diagnostics.warning(Message.INDEX_HAND_WRITTEN, target, target);
      return;
    }
    writeOrVerify(target, IndexFile.signed(markdown));
  }

  /**
   * The "Rules verified by tests" cells of the committed index by slug, for a compilation without
   * tests to keep; none without a docs directory or index.
   */
  public java.util.Map<String, String> committedRulesCells() {
    if (docs.isEmpty()) {
      return java.util.Map.of();
    }
    Path target = docs.get().dir().resolve(IndexFile.NAME);
    try {
      return docs.get().read(target).filter(IndexFile::isIndex).map(IndexFile::rulesCells).orElse(java.util.Map.of());
    } catch (IOException e) {
      return java.util.Map.of(); // reported when the index itself is read
    }
  }

  private void writeOrVerify(Path target, String expected) {
    Optional<String> committed;
    try {
      committed = docs.get().read(target);
    } catch (IOException e) {
      diagnostics.error(Message.READ_FAILED, target, e.getMessage());
      return;
    }
    if (committed.equals(Optional.of(expected))) {
      return; // only what is wrong: the summaries' notes say the docs are current
    }
    if (mode == Mode.VERIFY) {
      verify(target, committed, expected);
    } else {
      write(target, expected);
    }
  }

  private void resource(String name, String content, Element... originating) {
    try {
      classOutput.write("", RESOURCE_DIR + name, content, originating);
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.WRITE_FAILED, RESOURCE_DIR + name, Failures.reason(e));
    }
  }

  /**
   * The summary with its last two lines after a blank line: what was generated ({@link
   * SectionHashes}), then {@link DocsDirectory#TRAILER}.
   */
  private static String signed(String markdown) {
    return markdown + "\n" + SectionHashes.line(markdown) + "\n" + DocsDirectory.TRAILER + "\n";
  }

  /** Text typed outside the manual blocks: a warning in {@code write}, an error in {@code verify}. */
  private void reportEdits(Path target, List<SectionHashes.Edit> edits) {
    String where = edits.stream().map(e -> e.lines() + " in " + e.section())
        .collect(java.util.stream.Collectors.joining(", "));
    if (mode == Mode.VERIFY) {
      diagnostics.error(Message.TYPED_OUTSIDE_BLOCKS, target, where, ManualSections.PRESERVED_ID);
    } else {
      diagnostics.warning(Message.TYPED_OUTSIDE_BLOCKS_WARNING, target, where, ManualSections.PRESERVED_ID);
    }
  }

  /** The typed text for the preserved-notes block: each run under a line that says where it was. */
  private static String preservedText(List<SectionHashes.Edit> edits) {
    StringBuilder text = new StringBuilder();
    for (SectionHashes.Edit edit : edits) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append("_Typed outside a manual block in ").append(edit.section().replace("_", "\\_")).append(":_\n\n")
          .append(edit.text());
    }
    return text.toString();
  }

  private static Object[] concat(Object file, int line, Object[] details) {
    List<Object> args = new ArrayList<>(List.of(file, line));
    args.addAll(List.of(details));
    return args.toArray();
  }
}
