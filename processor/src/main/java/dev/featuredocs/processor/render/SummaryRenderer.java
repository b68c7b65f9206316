package dev.featuredocs.processor.render;

import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.References;
import dev.featuredocs.processor.model.TestingDoc;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Renders a {@link FeatureSummary} to Markdown with FreeMarker. One strict configuration: errors
 * are rethrown (never printed into the document), no {@code ?new}, no {@code ?api}, Markdown
 * auto-escaping, fixed locale and time zone so output is the same on every machine.
 *
 * <p>The built-in template is {@code summary.ftl}, which includes one template per section under
 * {@code sections/} and shares macros from {@code lib/markdown.ftl}. A user template given with
 * {@code featuredocs.template} replaces {@code summary.ftl}; files next to it shadow the built-in
 * sections and macros of the same name, the others stay available.
 */
public final class SummaryRenderer {
  static final String TEMPLATES = "/dev/featuredocs/processor/templates";
  private static final String BUILT_IN = "summary.ftl";
  private static final String INDEX = "index.ftl";

  private final Configuration configuration;
  private final String main;

  public SummaryRenderer(Optional<Path> userTemplate) throws IOException {
    this(userTemplate, References.AS_WRITTEN);
  }

  /** {@code references} resolves {@code @Feature(prp/prd)} paths from the repository root (macro {@code md.reference}). */
  public SummaryRenderer(Optional<Path> userTemplate, References references) throws IOException {
    configuration = new Configuration(Configuration.VERSION_2_3_35);
    TemplateLoader builtIn = new ClassTemplateLoader(SummaryRenderer.class, TEMPLATES);
    if (userTemplate.isPresent()) {
      Path file = userTemplate.get().toAbsolutePath();
      configuration.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
        new FileTemplateLoader(file.getParent().toFile()), builtIn
      }));
      main = file.getFileName().toString();
    } else {
      configuration.setTemplateLoader(builtIn);
      main = BUILT_IN;
    }
    // built per compilation: a template is loaded once, never checked again for changes during it
    configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    configuration.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    configuration.setAPIBuiltinEnabled(false);
    configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
    // Markdown that only Java gets right, for lib/markdown.ftl's macros: every template shares them
    configuration.setSharedVariable("markdownCode", (freemarker.template.TemplateMethodModelEx) args ->
        markup(MarkdownOutputFormat.codeSpan(string(args, 0), args.size() > 1 && flag(args, 1))));
    configuration.setSharedVariable("markdownLink", (freemarker.template.TemplateMethodModelEx) args ->
        markup(MarkdownOutputFormat.link(string(args, 0))));
    configuration.setSharedVariable("markdownReference", (freemarker.template.TemplateMethodModelEx) args ->
        markup(MarkdownOutputFormat.link(string(args, 0), references.destination(string(args, 0)))));
    configuration.setSharedVariable("markdownFence", (freemarker.template.TemplateMethodModelEx) args ->
        markup(MarkdownOutputFormat.fence(string(args, 0))));
  }

  private static freemarker.template.TemplateModel markup(String markdown) throws freemarker.template.TemplateModelException {
    return MarkdownOutputFormat.INSTANCE.fromMarkup(markdown);
  }

  private static String string(List<?> args, int index) throws freemarker.template.TemplateModelException {
    Object arg = args.get(index);
    if (arg instanceof freemarker.template.TemplateScalarModel scalar) {
      return scalar.getAsString();
    }
    if (arg instanceof MarkdownOutputFormat.Model model) {
      return MarkdownOutputFormat.INSTANCE.getSourcePlainText(model) != null
          ? MarkdownOutputFormat.INSTANCE.getSourcePlainText(model) : MarkdownOutputFormat.INSTANCE.getMarkupString(model);
    }
    return String.valueOf(arg);
  }

  private static boolean flag(List<?> args, int index) throws freemarker.template.TemplateModelException {
    return args.get(index) instanceof freemarker.template.TemplateBooleanModel b && b.getAsBoolean();
  }

  /** The template file name, for messages. */
  public String templateName() {
    return main;
  }

  /** The summary as the main compile writes it: tests not analysed. */
  public String render(FeatureSummary feature) throws RenderException {
    return render(feature, TestingDoc.NOT_ANALYSED);
  }

  /**
   * The summary, with {@code \n} line endings and exactly one newline at the end; {@code testing}
   * fills the blocks the test pass owns.
   */
  public String render(FeatureSummary feature, TestingDoc testing) throws RenderException {
    try {
      Template template = configuration.getTemplate(main);
      StringWriter out = new StringWriter();
      template.process(Map.of(
          "feature", feature,
          "testing", testing,
          "fileTree", FileTree.draw(feature.sourceRoot(), feature.files())), out);
      return normalise(out.toString());
    } catch (TemplateException e) {
      String where = e.getTemplateSourceName() == null ? main : e.getTemplateSourceName();
      throw new RenderException(where + (e.getLineNumber() == null ? "" : " line " + e.getLineNumber()) + ": "
          + e.getMessageWithoutStackTop().strip(), e);
    } catch (freemarker.core.ParseException e) {
      throw new RenderException(e.getTemplateName() + " line " + e.getLineNumber() + ": " + e.getEditorMessage(), e);
    } catch (StackOverflowError e) {
      // FreeMarker unwinds its instruction stack on an Error, so the line of the call is lost
      throw new RenderException(main + " (or a template it includes): macro or function calls nest without end"
          + " (StackOverflowError): give every recursive macro a condition that stops it", e);
    } catch (IOException | RuntimeException | LinkageError e) {
      throw new RenderException(main + ": " + e, e);
    }
  }

  /** Why a summary could not be rendered: the template and line when known, and what went wrong. */
  public static final class RenderException extends Exception {
    RenderException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The index of the docs directory: a row per feature, and links to {@code openapi.json} and the
   * {@code schemas/} folder when they are written beside it.
   */
  public String renderIndex(List<FeatureIndex> features, boolean openApi, boolean schemas)
      throws IOException, TemplateException {
    Template template = configuration.getTemplate(INDEX);
    StringWriter out = new StringWriter();
    template.process(Map.of("features", features, "openApi", openApi, "schemas", schemas), out);
    return normalise(out.toString());
  }

  /** No control characters but tabs, {@code \n} only, no trailing spaces beyond Markdown's two-space line break, at most one blank line in a row. */
  static String normalise(String text) {
    // one pass (the summaries are tens of kilobytes): \r\n and \r become \n, 3+ newlines become 2
    StringBuilder out = new StringBuilder(text.length() + 1);
    int newlines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        continue; // NUL, BEL, ESC...: whatever path they came by (a file tree, a code block), never written
      }
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue; // the \n that follows counts
        }
        c = '\n';
      }
      newlines = c == '\n' ? newlines + 1 : 0;
      if (newlines <= 2) {
        out.append(c);
      }
    }
    return out.toString().strip() + "\n";
  }
}
