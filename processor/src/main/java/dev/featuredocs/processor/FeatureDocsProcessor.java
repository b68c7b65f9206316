package dev.featuredocs.processor;

import com.google.auto.service.AutoService;
import dev.featuredocs.processor.catalog.CatalogWriter;
import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.fragment.FragmentMerge;
import dev.featuredocs.processor.fragment.Fragments;
import dev.featuredocs.processor.harvest.feature.CatalogHarvester;
import dev.featuredocs.processor.harvest.feature.FeatureHarvester;
import dev.featuredocs.processor.harvest.feature.FragmentTypes;
import dev.featuredocs.processor.harvest.feature.HarvestResult;
import dev.featuredocs.processor.harvest.feature.PreviousCompile;
import dev.featuredocs.processor.harvest.feature.RoundCollector;
import dev.featuredocs.processor.harvest.javac.ModuleElements;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.review.MergedDocumentation;
import dev.featuredocs.processor.harvest.tests.TestHarvester;
import dev.featuredocs.processor.model.CompilationIndex;
import dev.featuredocs.processor.model.FeatureCatalog;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.Fragment;
import dev.featuredocs.processor.model.TestingDoc;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.output.ClassOutput;
import dev.featuredocs.processor.output.ClasspathModels;
import dev.featuredocs.processor.output.FragmentStore;
import dev.featuredocs.processor.output.IndexStore;
import dev.featuredocs.processor.output.SummaryOutput;
import dev.featuredocs.processor.render.FeatureIndex;
import dev.featuredocs.processor.render.JsonRenderer;
import dev.featuredocs.processor.render.SummaryRenderer;
import dev.featuredocs.processor.render.openapi.OpenApiRenderer;
import dev.featuredocs.processor.source.JavaParserSourceFacts;
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
 *       that carry {@code @Feature}, {@code @Phase} or {@code @BusinessRule}, and of the test classes
 *       (test methods or {@code @Verifies});
 *   <li><b>catalog</b> ({@link CatalogHarvester}, {@link CatalogWriter}), in the round that first sees
 *       a feature: its generated Java catalog (rule ids, endpoints, summary resource), so that code
 *       of this compilation can refer to it;
 *   <li><b>harvest</b> ({@link FeatureHarvester}), once, in the last round: look the names up again,
 *       read the annotations and the code around them, report misuse on the annotation at fault,
 *       and build one immutable {@link FeatureSummary} per feature that has no error, merged with
 *       the fragments other modules (and this module's previous compile) left ({@code FragmentMerge});
 *   <li><b>test pass</b> ({@link TestHarvester}), when the compilation has tests: the testing facts
 *       of the features compiled here, committed in the docs directory or named by the tests, whose
 *       models the main compile left on the class path ({@link ClasspathModels});
 *   <li><b>render</b> ({@link SummaryRenderer}, {@link JsonRenderer}): Markdown through FreeMarker,
 *       and the model as JSON;
 *   <li><b>output</b> ({@link SummaryOutput}): {@code META-INF/featuredocs/} in class output, and with
 *       {@code -Afeaturedocs.dir} the committed copy, its hand-written blocks carried over (and, in
 *       a compilation without tests, the test pass's blocks), written or verified; then the
 *       committed summaries that no feature generates any more.
 * </ol>
 *
 * <p>With {@code -Afeaturedocs.timing=true} the time of each step (and javaparser's share of the
 * harvest) is printed once, at the end, as note {@code FD800} ({@link Timing}).
 *
 * <p>This class only sequences them. No exception escapes to javac: an unexpected failure is
 * reported as an error on the element being documented, and that feature gets no file.
 * {@code process} returns {@code false}: the annotations stay available to other processors (a
 * processor that generates code from {@code @Feature} types would get nothing if featuredocs claimed
 * them first, see {@code CatalogTest}). So javac's {@code -Xlint:processing} warning "No processor
 * claimed any of these annotations" names them, as it names every annotation no processor claims.
 */
@AutoService(Processor.class)
public final class FeatureDocsProcessor extends AbstractProcessor {
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";

  private Diagnostics diagnostics;
  private ProcessorOptions options;
  private final RoundCollector collector = new RoundCollector();
  private final Timing timing = new Timing();
  /** Features whose catalog this compilation has generated. */
  private final Set<String> catalogued = new java.util.HashSet<>();
  /** Qualified names of the catalogs generated: never members of their feature. */
  private final Set<String> catalogNames = new java.util.HashSet<>();
  /** Features whose catalog had an error (FD105, FD106, FD701): like any feature with an error, they get no summary. */
  private final Set<String> catalogFailed = new java.util.HashSet<>();
  /** The catalogs generated, by feature name: what the final summary is checked against. */
  private final java.util.Map<String, FeatureCatalog> catalogModels = new java.util.HashMap<>();
  /** The feature declarations each catalog was made from, by name (elements are not kept across rounds). */
  private final java.util.Map<String, Set<String>> catalogSources = new java.util.HashMap<>();
  private final Function<ProcessingEnvironment, SourcePaths> sourcePaths;
  private SourcePaths sources;
  /** This compile's view of types by name, shared by the harvest and the fragments. */
  private FragmentTypes fragmentTypes;
  /** What the previous compile of the module left in class output; empty after a clean. */
  private java.util.Optional<CompilationIndex> previousIndex = java.util.Optional.empty();
  /** Name lookups of the current round ({@link ModuleElements}), scoped to the first round's module. */
  private ModuleElements elements;
  private boolean moduleKnown;

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

  /**
   * featuredocs' annotations, and the test frameworks' test-method annotations: so that the
   * processor also runs when test sources are compiled, where it adds the tests to the summaries.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new TreeSet<>(Names.TEST_METHODS);
    types.add("dev.featuredocs.annotations.*");
    return types;
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
      if (!moduleKnown && !round.getRootElements().isEmpty()) {
        elements = ModuleElements.of(processingEnv.getElementUtils(), round.getRootElements());
        moduleKnown = true;
      } else {
        elements = ModuleElements.in(processingEnv.getElementUtils(), elements == null ? null : elements.module());
      }
      if (!round.processingOver()) {
        long start = System.nanoTime();
        RoundCollector thisRound = new RoundCollector();
        thisRound.collect(round, elements);
        collector.addAll(thisRound);
        timing.add(Timing.Step.COLLECT, start);
        if (options.valid() && !thisRound.isEmpty()) {
          if (options.catalogs()) {
            catalogs(thisRound);
          } else {
            new CatalogHarvester(processingEnv, elements, diagnostics, sourcePaths.apply(processingEnv))
                .reportNamedWhileOff(thisRound, Option.CATALOGS.key());
          }
        }
      } else {
        if (options.valid() && (!collector.isEmpty() || !collector.tests().isEmpty())) {
          document(harvest());
        }
        if (options.timing()) {
          timing.report(diagnostics);
        }
        release();
      }
    } catch (Throwable failure) {
      diagnostics.internalError(failure, null, "the compilation");
    }
    return false;
  }

  /**
   * Lets go of what this compilation's processing held (lookup caches, source texts, catalog
   * models): javac keeps the processor until the compile ends, and generation still has to run.
   */
  private void release() {
    sources = null;
    fragmentTypes = null;
    previousIndex = java.util.Optional.empty();
    elements = null;
    catalogModels.clear();
    catalogSources.clear();
  }

  /**
   * The catalog of each feature first seen in this round, generated now so that code of this
   * compilation can use it; once per feature per compilation.
   */
  private void catalogs(RoundCollector thisRound) {
    long start = System.nanoTime();
    SourcePaths roundSources = sourcePaths.apply(processingEnv);
    CatalogHarvester harvester = new CatalogHarvester(processingEnv, elements, diagnostics, roundSources)
        .partial(partiallyCompiled(roundSources));
    List<CatalogHarvester.Catalog> catalogs = harvester.harvest(thisRound, catalogued);
    catalogFailed.addAll(harvester.failed());
    timing.add(Timing.Step.HARVEST, start);
    start = System.nanoTime();
    boolean generated = elements.getTypeElement("javax.annotation.processing.Generated") != null;
    CatalogWriter writer = new CatalogWriter(processingEnv.getFiler(), diagnostics, generated);
    for (CatalogHarvester.Catalog catalog : catalogs) {
      catalogued.add(catalog.model().feature());
      catalogNames.add(catalog.model().qualifiedName());
      catalogModels.put(catalog.model().feature(), catalog.model());
      catalogSources.put(catalog.model().feature(),
          catalog.originating().stream().map(FeatureDocsProcessor::declarationName).collect(Collectors.toSet()));
      if (!writer.write(catalog.model(), catalog.originating())) {
        catalogFailed.add(catalog.model().feature());
      }
    }
    timing.add(Timing.Step.WRITE, start);
  }

  /**
   * Whether the feature of {@code slug} has types this compile sees only as class files of the
   * module's previous compile (a partial compile), as the previous compile's index in class output
   * tells, else (an older featuredocs wrote no index) its model there.
   */
  private java.util.function.Predicate<String> partiallyCompiled(SourcePaths roundSources) {
    java.util.Optional<CompilationIndex> index = new IndexStore(processingEnv.getFiler(), diagnostics).read();
    FragmentTypes types = new FragmentTypes(processingEnv, elements, roundSources);
    ClasspathModels models = new ClasspathModels(processingEnv.getFiler(), diagnostics);
    return slug -> {
      List<String> previousTypes = index.isPresent()
          ? index.get().features().stream().filter(f -> f.slug().equals(slug)).flatMap(f -> f.types().stream()).toList()
          : models.previous(slug).map(m -> m.components().stream().map(c -> c.qualifiedName()).toList()).orElse(List.of());
      return previousTypes.stream().anyMatch(t -> types.exists(t) && !types.fromSource(t));
    };
  }

  private HarvestResult harvest() {
    long start = System.nanoTime();
    JavaParserSourceFacts sourceFacts = new JavaParserSourceFacts();
    sources = sourcePaths.apply(processingEnv);
    fragmentTypes = new FragmentTypes(processingEnv, elements, sources);
    previousIndex = collector.isEmpty() ? java.util.Optional.empty()
        : new IndexStore(processingEnv.getFiler(), diagnostics).read();
    previousIndex.ifPresent(index -> collector.carryOver(index.advice(), index.configurations(), index.beans(), elements,
        type -> sources.relativePath(type).isPresent()));
    HarvestResult result = new FeatureHarvester(processingEnv, elements, diagnostics, sources,
        sourceFacts, options.jsonNaming(), options.jpaNaming(), options.migrations()).excluding(catalogNames)
        .configuredBy(options.appConfig(), options.prependBasePath())
        .compiledBefore(fragmentTypes::inClassOutput).criteriaDetails(options.criteriaDetails())
        .references(options.references()).harvest(collector);
    timing.add(Timing.Step.HARVEST, start);
    timing.parsing(sourceFacts.parseNanos(), sourceFacts.parsedFiles());
    return result;
  }

  private void document(HarvestResult harvest) throws java.io.IOException {
    // Only when every feature of the compilation harvested cleanly does the output know all slugs,
    // and so which committed summaries belong to none.
    boolean allFeaturesKnown = diagnostics.errorCount() == 0;
    long start = System.nanoTime();
    SummaryRenderer renderer = new SummaryRenderer(options.template(), options.references());
    // with a docs directory class output is written directly after the first file (ClassOutput says why)
    ClassOutput classOutput = new ClassOutput(processingEnv.getFiler(), options.docsDir().isPresent());
    SummaryOutput output = new SummaryOutput(classOutput, diagnostics, options.docsDir(), options.mode(),
        renderer.templateName()).classOutputSummaries(options.classOutputSummaries());
    timing.add(Timing.Step.RENDER, start);
    java.util.Map<String, String> schemas = new java.util.TreeMap<>();
    java.util.Map<String, java.util.Set<Element>> schemaOrigins = new java.util.HashMap<>();
    FragmentStore fragments = new FragmentStore(processingEnv.getFiler(), classOutput, diagnostics);
    PartialCompile partial = new PartialCompile(previousIndex, new PreviousCompile(fragmentTypes, elements));
    List<FeatureSummary> merged = new java.util.ArrayList<>();
    for (FeatureSummary harvested : harvest.features()) {
      if (catalogFailed.contains(harvested.name())) {
        continue; // its error is reported: no file says less than a file with what the error made wrong
      }
      List<Element> originating = harvest.originating().get(harvested.name());
      start = System.nanoTime();
      try {
        Merged result = withFragments(harvested, originating, fragmentTypes, fragments, partial.packages(harvested.name()));
        if (untoldRules(result.summary(), harvest.untoldRules().getOrDefault(harvested.name(), java.util.Map.of()))) {
          allFeaturesKnown = false;
          continue; // a rule without text: no file says less than a file with a rule it cannot state
        }
        partial.documented(result.summary(), originating, result.ownTypes(), result.covered(), result.packages(),
            harvest.unseen().getOrDefault(harvested.name(), new TreeSet<>()));
        if (!partial.undescribed(result.summary().name())) {
          merged.add(result.summary());
        }
      } catch (RuntimeException | LinkageError e) {
        diagnostics.internalError(e, originating.get(0), "feature \"" + harvested.name() + "\"");
      }
      timing.add(Timing.Step.HARVEST, start);
    }
    java.util.Map<String, TestHarvester.Tested> tested = collector.tests().isEmpty()
        ? java.util.Map.of() : testPass(merged, output);
    for (FeatureSummary feature : merged) {
      List<Element> originating = harvest.originating().get(feature.name());
      checkCatalog(feature, originating);
      TestHarvester.Tested tests = tested.get(feature.slug());
      start = System.nanoTime();
      String markdown;
      try {
        markdown = renderer.render(feature, tests == null ? TestingDoc.NOT_ANALYSED : tests.testing());
      } catch (SummaryRenderer.RenderException e) {
        allFeaturesKnown = false; // its schema files are not known either
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
      long written = tests == null
          ? output.emit(feature.name(), feature.slug(), markdown, json, originating.toArray(Element[]::new))
          : output.emitTested(feature.name(), feature.slug(), markdown, json, originating.toArray(Element[]::new));
      timing.add(Timing.Step.WRITE, start);
      timing.rendered(written);
      for (ModelDoc model : feature.models()) {
        schemas.putIfAbsent(model.schemaFile(), model.schema());
        schemaOrigins.computeIfAbsent(model.schemaFile(), f -> new java.util.LinkedHashSet<>()).addAll(originating);
      }
    }
    for (TestHarvester.Tested tests : tested.values()) {
      if (harvest.originating().containsKey(tests.feature().name())) {
        continue; // compiled here: written above
      }
      String markdown;
      try {
        markdown = renderer.render(tests.feature(), tests.testing());
      } catch (SummaryRenderer.RenderException e) {
        diagnostics.error(Message.TEMPLATE_FAILED, tests.feature().name(), renderer.templateName(), e.getMessage());
        continue;
      }
      output.emitTested(tests.feature().name(), tests.feature().slug(), markdown, null,
          tests.testClasses().toArray(Element[]::new));
    }
    boolean whole = allFeaturesKnown;
    if (allFeaturesKnown && !collector.isEmpty()) {
      Set<String> live = harvest.features().stream().map(FeatureSummary::slug).collect(Collectors.toSet());
      Set<String> generated = Set.copyOf(live);
      ClasspathModels models = new ClasspathModels(processingEnv.getFiler(), diagnostics);
      live.addAll(partial.declaredElsewhere(
          output.committedSlugs().stream().filter(slug -> !generated.contains(slug)).toList(), models::previous));
      output.reportOrphans(live);
      // A partial compile that documents only some of the committed features knows only their models:
      // the other schema files, the OpenAPI document and the index are left as they are.
      whole = live.size() == generated.size() && merged.size() == harvest.features().size();
      if (whole) {
        output.reportOrphanSchemas(schemas.keySet());
      }
    }
    partial.report(diagnostics);
    if (!collector.isEmpty() && diagnostics.errorCount() == 0) {
      new IndexStore(processingEnv.getFiler(), diagnostics).write(
          partial.index(collector.advice(), collector.configurations(), collector.beans()),
          harvest.originating().values().stream().flatMap(List::stream).distinct().toArray(Element[]::new));
    }
    // The whole-compilation files only when every feature harvested cleanly: a document without
    // the features an error stopped would be wrong, not just incomplete.
    // a module of models only (its features' endpoints are in another module) has no API to describe
    boolean openApi = options.openApi() && merged.stream().anyMatch(f -> !f.endpoints().isEmpty());
    if (whole && openApi) {
      start = System.nanoTime();
      String document = OpenApiRenderer.render(merged);
      timing.add(Timing.Step.RENDER, start);
      start = System.nanoTime();
      output.emitOpenApi(document, merged.stream().flatMap(f -> harvest.originating().get(f.name()).stream())
          .distinct().toArray(Element[]::new));
      timing.add(Timing.Step.WRITE, start);
    }
    if (whole && (!merged.isEmpty() || !tested.isEmpty())) {
      index(merged, tested, output, renderer);
    }
    // A model shared by features is one schema file, written once.
    start = System.nanoTime();
    schemas.forEach((file, json) -> output.emitSchema(file, json, schemaOrigins.get(file).toArray(Element[]::new)));
    timing.add(Timing.Step.WRITE, start);
    if (options.timing()) {
      schemas.values().forEach(json -> timing.schema(utf8Length(json)));
    }
  }

  /**
   * The docs directory's index: a row per feature of this compilation (and, in a test compilation,
   * per feature its test pass covers), with the rules its tests verify; a compilation without tests
   * keeps the committed index's counts, as it keeps a summary's test blocks.
   */
  private void index(List<FeatureSummary> merged, java.util.Map<String, TestHarvester.Tested> tested,
      SummaryOutput output, SummaryRenderer renderer) {
    if (options.docsDir().isEmpty()) {
      return;
    }
    java.util.Map<String, FeatureIndex> rows = new java.util.TreeMap<>();
    java.util.Map<String, String> committed = tested.isEmpty() ? output.committedRulesCells() : java.util.Map.of();
    for (FeatureSummary feature : merged) {
      TestHarvester.Tested tests = tested.get(feature.slug());
      rows.put(feature.slug(), tests != null ? FeatureIndex.of(feature, tests.testing())
          : FeatureIndex.of(feature, committed.getOrDefault(feature.slug(), "")));
    }
    tested.forEach((slug, tests) -> rows.putIfAbsent(slug, FeatureIndex.of(tests.feature(), tests.testing())));
    List<FeatureIndex> sorted = rows.values().stream()
        .sorted(java.util.Comparator.comparing(FeatureIndex::name).thenComparing(FeatureIndex::slug)).toList();
    try {
      // the links as the main compile writes the files, so that the test pass renders the same
      output.emitIndex(renderer.renderIndex(sorted, options.openApi() && sorted.stream().anyMatch(r -> r.endpoints() > 0),
          sorted.stream().anyMatch(r -> r.models() > 0)));
    } catch (Exception | LinkageError e) {
      diagnostics.error(Message.INDEX_FAILED, e.getMessage());
    }
  }

  /** Warns when rules or endpoints of the summary came too late (later rounds) for the catalog. */
  private void checkCatalog(FeatureSummary feature, List<Element> originating) {
    FeatureCatalog catalog = catalogModels.get(feature.name());
    if (catalog == null) {
      return;
    }
    Set<String> sources = catalogSources.get(feature.name());
    Element at = originating.stream().filter(e -> sources.contains(declarationName(e))).findFirst()
        .orElse(originating.get(0));
    Set<String> known = new TreeSet<>();
    catalog.rules().forEach(e -> known.add(e.value()));
    catalog.endpoints().forEach(e -> known.add(e.value()));
    Set<String> missing = new java.util.LinkedHashSet<>();
    feature.rules().stream().map(r -> r.id()).filter(id -> !id.isEmpty() && !known.contains(id)).forEach(missing::add);
    feature.endpoints().stream().map(e -> e.method() + " " + e.path()).filter(e -> !known.contains(e))
        .forEach(missing::add);
    if (!missing.isEmpty()) {
      javax.lang.model.element.AnnotationMirror declared = at.getAnnotationMirrors().stream()
          .filter(m -> m.getAnnotationType().toString().equals("dev.featuredocs.annotations.Feature"))
          .findFirst().orElse(null);
      diagnostics.warning(Message.CATALOG_INCOMPLETE, at, declared, null, catalog.qualifiedName(), feature.name(),
          String.join(", ", missing));
    }
  }

  /** A declaration by name: a type's or package's own, a method's type's. */
  private static String declarationName(Element element) {
    if (element instanceof javax.lang.model.element.QualifiedNameable named) {
      return named.getQualifiedName().toString();
    }
    return declarationName(element.getEnclosingElement());
  }

  /**
   * The test pass: the testing facts of the features compiled here, of those committed in the docs
   * directory, and of those the tests name, whose models the main compile left on the class path.
   */
  private java.util.Map<String, TestHarvester.Tested> testPass(List<FeatureSummary> features, SummaryOutput output) {
    long start = System.nanoTime();
    java.util.Map<String, FeatureSummary> compiled = new java.util.HashMap<>();
    features.forEach(f -> compiled.put(f.slug(), f));
    ClasspathModels classpath = new ClasspathModels(processingEnv.getFiler(), diagnostics);
    Set<String> documented = new TreeSet<>(compiled.keySet());
    documented.addAll(output.committedSlugs());
    java.util.Map<String, TestHarvester.Tested> result = new TestHarvester(processingEnv, elements, diagnostics,
        sourcePaths.apply(processingEnv),
        slug -> compiled.containsKey(slug) ? java.util.Optional.of(compiled.get(slug)) : classpath.read(slug))
        .harvest(collector.tests(), documented, options.docsDir().isEmpty());
    timing.add(Timing.Step.HARVEST, start);
    return result;
  }

  /**
   * Item 4 and 5 of the pipeline's harvest: facts this compile cannot harvest itself. The feature's
   * fragments left by this module's previous compile (class output) fill in the types it did not
   * recompile; this module's fragments are written from the result; then the fragments of upstream
   * modules (class path) join, with their paths from their module's directory. See {@link FragmentMerge}.
   */
  /**
   * FD208 for each rule id of {@code feature} that only elements naming the id alone declare, in this
   * compile and in every fragment merged (whose text could have been in a class not recompiled).
   */
  private boolean untoldRules(FeatureSummary feature,
      java.util.Map<String, java.util.Map.Entry<Element, javax.lang.model.element.AnnotationMirror>> references) {
    boolean any = false;
    for (dev.featuredocs.processor.model.RuleDoc rule : feature.rules()) {
      if (!rule.text().isEmpty()) {
        continue;
      }
      any = true;
      var at = references.get(rule.id());
      String where = String.join(", ", rule.enforcedAt());
      if (at == null) {
        diagnostics.error(Message.RULE_TEXT_MISSING, rule.id(), feature.name(), where, rule.id());
      } else {
        diagnostics.error(Message.RULE_TEXT_MISSING, at.getKey(), at.getValue(),
            dev.featuredocs.processor.harvest.javac.Mirrors.explicit(at.getValue(), "id").orElse(null),
            rule.id(), feature.name(), where, rule.id());
      }
    }
    return any;
  }

  private Merged withFragments(FeatureSummary harvested, List<Element> originating, FragmentTypes types,
      FragmentStore store, List<String> previousPackages) {
    // Where the feature's fragments are: the packages of its types and models, of its declarations
    // (a package-info compiled alone has no types), and of what the previous fragments describe
    // (a partial compile's harvest may not reach another module's models).
    Set<String> packages = new TreeSet<>(types.packages(harvested));
    packages.addAll(previousPackages);
    if (previousPackages.isEmpty()) {
      // no index (an older featuredocs wrote the class output): the previous model's packages
      new ClasspathModels(processingEnv.getFiler(), diagnostics).previous(harvested.slug())
          .ifPresent(model -> packages.addAll(types.packages(model)));
    }
    originating.forEach(e -> packages.add(processingEnv.getElementUtils().getPackageOf(e).getQualifiedName().toString()));
    List<FragmentMerge.Found> found = store.find(harvested.name(), harvested.slug(), packages);
    for (FragmentMerge.Found f : found) {
      if (f.source() == FragmentMerge.Source.PREVIOUS) {
        packages.addAll(types.packages(f.fragment().facts()));
      }
    }
    found = store.find(harvested.name(), harvested.slug(), packages);
    String module = types.module(originating);
    FragmentMerge merge = new FragmentMerge(types, FragmentTypes::flows, module, harvested.sourceRoot());
    // A previous fragment whose types are all compiled again (or gone) has nothing to add: a full
    // recompile over an old class output starts from the sources alone.
    List<FragmentMerge.Found> previous = found.stream()
        .filter(f -> f.source() == FragmentMerge.Source.PREVIOUS)
        .filter(f -> f.fragment().types().stream().anyMatch(t -> !types.fromSource(t) && types.exists(t)))
        .toList();
    FeatureSummary own = merge.merge(harvested, previous).summary(); // what changed since is no conflict
    Set<String> previousTypes = previous.stream().flatMap(f -> f.fragment().types().stream())
        .collect(Collectors.toSet());
    Element[] origins = originating.toArray(Element[]::new);
    Set<String> ownTypes = new TreeSet<>();
    for (Fragment fragment : Fragments.split(own, module, own.sourceRoot(),
        t -> types.fromSource(t) || (previousTypes.contains(t) && types.exists(t)), types::packageOf)) {
      store.write(own.slug(), fragment, origins);
      ownTypes.addAll(fragment.types());
    }
    Set<String> covered = found.stream().filter(f -> f.source() == FragmentMerge.Source.PREVIOUS)
        .flatMap(f -> f.fragment().types().stream()).collect(Collectors.toSet());
    FragmentMerge.Result full = merge.merge(own,
        found.stream().filter(f -> f.source() == FragmentMerge.Source.UPSTREAM).toList());
    for (FragmentMerge.Conflict conflict : full.conflicts()) {
      diagnostics.warning(Message.FRAGMENT_CONFLICT, originating.get(0), null, null, conflict.what(), conflict.ours(),
          conflict.theirs(), conflict.where());
    }
    // javadoc of the types only fragments describe is in their purposes now, not in this harvest
    Set<String> foundIn = found.stream().map(f -> f.fragment().pkg()).collect(Collectors.toCollection(TreeSet::new));
    return new Merged(found.isEmpty() ? full.summary() : MergedDocumentation.judged(full.summary()), ownTypes, covered,
        foundIn);
  }

  /**
   * A feature's summary merged with its fragments; {@code ownTypes}: the types this module's
   * fragments of it speak for now; {@code covered}: those its previous fragments spoke for;
   * {@code packages}: where its fragments were found.
   */
  private record Merged(FeatureSummary summary, Set<String> ownTypes, Set<String> covered, Set<String> packages) {}

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
