package dev.featuredocs.processor;

import com.google.auto.service.AutoService;
import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.FeatureHarvester;
import dev.featuredocs.processor.harvest.HarvestResult;
import dev.featuredocs.processor.harvest.RoundCollector;
import dev.featuredocs.processor.harvest.SourcePaths;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.ModelDoc;
import dev.featuredocs.processor.output.SummaryOutput;
import dev.featuredocs.processor.render.JsonRenderer;
import dev.featuredocs.processor.source.JavaParserSourceFacts;
import dev.featuredocs.processor.render.SummaryRenderer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Writes a Backend Feature Implementation Summary for every {@code @Feature} of the compilation.
 *
 * <p>The pipeline, in one direction:
 * <ol>
 *   <li><b>collect</b> ({@link RoundCollector}), every round: the names of the types and packages
 *       that carry {@code @Feature}, {@code @Phase} or {@code @BusinessRule};
 *   <li><b>harvest</b> ({@link FeatureHarvester}), once, in the last round: look the names up again,
 *       read the annotations and the code around them, report misuse on the annotation at fault,
 *       and build one immutable {@link FeatureSummary} per feature that has no error;
 *   <li><b>render</b> ({@link SummaryRenderer}, {@link JsonRenderer}): Markdown through FreeMarker,
 *       and the model as JSON;
 *   <li><b>output</b> ({@link SummaryOutput}): {@code META-INF/featuredocs/} in class output, and with
 *       {@code -Afeaturedocs.dir} the committed copy, its hand-written blocks carried over, written or
 *       verified; then the committed summaries that no feature generates any more.
 * </ol>
 *
 * <p>With {@code -Afeaturedocs.timing=true} the time of each step (and javaparser's share of the
 * harvest) is printed once, at the end, as note {@code FD800} ({@link Timing}).
 *
 * <p>This class only sequences them. No exception escapes to javac: an unexpected failure is
 * reported as an error on the element being documented, and that feature gets no file.
 * {@code process} returns {@code false}: the annotations stay available to other processors.
 */
@AutoService(Processor.class)
public final class FeatureDocsProcessor extends AbstractProcessor {
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";

  private Diagnostics diagnostics;
  private ProcessorOptions options;
  private final RoundCollector collector = new RoundCollector();
  private final Timing timing = new Timing();
  private final Function<ProcessingEnvironment, SourcePaths> sourcePaths;

  public FeatureDocsProcessor() {
    this(SourcePaths::of);
  }

  /** For tests: where source files are, with failures injected. */
  FeatureDocsProcessor(Function<ProcessingEnvironment, SourcePaths> sourcePaths) {
    this.sourcePaths = sourcePaths;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    options = ProcessorOptions.parse(env.getOptions(), diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.featuredocs.annotations.*");
  }

  /**
   * The {@code featuredocs.*} options, and Gradle's incremental-compilation category: the jar's
   * {@code META-INF/gradle/incremental.annotation.processors} declares this processor "dynamic", and
   * Gradle asks here after {@code init}. Aggregating while everything goes through the {@code Filer};
   * with {@code featuredocs.dir} (or {@code featuredocs.migrations}) the processor reads and writes
   * files Gradle does not track, so it declares nothing and Gradle recompiles fully.
   */
  @Override
  public Set<String> getSupportedOptions() {
    Set<String> supported = new TreeSet<>(Option.keys());
    if (options != null && options.docsDir().isEmpty() && options.migrations().isEmpty()) {
      supported.add(GRADLE_AGGREGATING);
    }
    return supported;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (!round.processingOver()) {
        long start = System.nanoTime();
        collector.collect(round, processingEnv.getElementUtils());
        timing.add(Timing.Step.COLLECT, start);
      } else {
        if (options.valid() && !collector.isEmpty()) {
          document(harvest());
        }
        if (options.timing()) {
          timing.report(diagnostics);
        }
      }
    } catch (Throwable failure) {
      diagnostics.internalError(failure, null, "the compilation");
    }
    return false;
  }

  private HarvestResult harvest() {
    long start = System.nanoTime();
    JavaParserSourceFacts sourceFacts = new JavaParserSourceFacts();
    HarvestResult result = new FeatureHarvester(processingEnv, diagnostics, sourcePaths.apply(processingEnv),
        sourceFacts, options.jsonNaming(), options.jpaNaming(), options.migrations()).harvest(collector);
    timing.add(Timing.Step.HARVEST, start);
    timing.parsing(sourceFacts.parseNanos(), sourceFacts.parsedFiles());
    return result;
  }

  private void document(HarvestResult harvest) throws java.io.IOException {
    // Only when every feature of the compilation harvested cleanly does the output know all slugs,
    // and so which committed summaries belong to none.
    boolean allFeaturesKnown = diagnostics.errorCount() == 0;
    long start = System.nanoTime();
    SummaryRenderer renderer = new SummaryRenderer(options.template());
    SummaryOutput output = new SummaryOutput(processingEnv.getFiler(), diagnostics, options.docsDir(), options.mode(),
        renderer.templateName());
    timing.add(Timing.Step.RENDER, start);
    java.util.Map<String, String> schemas = new java.util.TreeMap<>();
    java.util.Map<String, java.util.Set<Element>> schemaOrigins = new java.util.HashMap<>();
    for (FeatureSummary feature : harvest.features()) {
      List<Element> originating = harvest.originating().get(feature.name());
      start = System.nanoTime();
      String markdown;
      try {
        markdown = renderer.render(feature);
      } catch (Exception | LinkageError e) {
        diagnostics.error(Message.TEMPLATE_FAILED, originating.get(0), feature.name(), renderer.templateName(),
            e.getMessage());
        continue;
      } finally {
        timing.add(Timing.Step.RENDER, start);
      }
      start = System.nanoTime();
      String json = JsonRenderer.render(feature);
      timing.add(Timing.Step.RENDER, start);
      start = System.nanoTime();
      long written = output.emit(feature.name(), feature.slug(), markdown, json, originating.toArray(Element[]::new));
      timing.add(Timing.Step.WRITE, start);
      timing.rendered(written);
      for (ModelDoc model : feature.models()) {
        schemas.putIfAbsent(model.schemaFile(), model.schema());
        schemaOrigins.computeIfAbsent(model.schemaFile(), f -> new java.util.LinkedHashSet<>()).addAll(originating);
      }
    }
    if (allFeaturesKnown) {
      output.reportOrphans(harvest.features().stream().map(FeatureSummary::slug).collect(Collectors.toSet()));
    }
    // A model shared by features is one schema file, written once.
    start = System.nanoTime();
    schemas.forEach((file, json) -> output.emitSchema(file, json, schemaOrigins.get(file).toArray(Element[]::new)));
    timing.add(Timing.Step.WRITE, start);
    if (options.timing()) {
      schemas.values().forEach(json -> timing.schema(utf8Length(json)));
    }
  }

  /** UTF-8 length without encoding a copy (surrogate pairs count 4, as one code point). */
  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
