package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The project's Markdown has no dead relative link: every link and image in README.md,
 * ARCHITECTURE.md, docs/ and benchmarks/README.md that is not a URL names a file or directory
 * that exists and, with {@code #anchor}, a heading of that Markdown file (GitHub's anchors). The
 * files are parsed as CommonMark with GFM tables, so link syntax inside code spans and code blocks
 * is not a link. The README stays a front page of at most 25,000 characters.
 */
class DocsLinksTest {
  private static final Path ROOT = Path.of("..");
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @Test
  void projectMarkdown_hasNoDeadRelativeLink() throws IOException {
    List<Path> files = projectMarkdown();
    assertTrue(files.contains(ROOT.resolve("docs/README.md")), "docs/ is checked: " + files);
    List<String> dead = new ArrayList<>();
    Map<Path, String> texts = new HashMap<>();
    Function<Path, String> read = path -> texts.computeIfAbsent(path.normalize(), DocsLinksTest::read);
    for (Path file : files) {
      deadLinks(file, read).forEach(link -> dead.add(ROOT.relativize(file) + ": " + link));
    }
    assertEquals(List.of(), dead, "dead relative links");
  }

  @Test
  void readme_isAFrontPageOfAtMost25000Characters() throws IOException {
    int length = Files.readString(ROOT.resolve("README.md")).length();
    assertTrue(length <= 25_000, "README.md has " + length + " characters; move reference text to docs/");
  }

  @Test
  void deadFileAndAnchor_areReportedButCodeAndUrlsAreNot() throws IOException {
    Path dir = Files.createTempDirectory("docs-links");
    Files.writeString(dir.resolve("other.md"), "# Other page\n\n## The `test` pass (twice)!\n");
    String page = String.join("\n",
        "# Top",
        "",
        "## Keep docs current in CI",
        "",
        "[ok](other.md) [ok anchor](other.md#the-test-pass-twice) [ok here](#keep-docs-current-in-ci)",
        "[dead file](missing.md) [dead anchor](other.md#the-test-pass) [dead here](#keep-docs-in-ci)",
        "[url](https://example.com/nowhere.md) <mailto:a@example.com>",
        "| a | b |",
        "|---|---|",
        "| [dead in table](gone/) | `[in code](nothing.md)` |",
        "",
        "```markdown",
        "[in a block](block.md)",
        "```",
        "");
    Path file = dir.resolve("page.md");
    Files.writeString(file, page);

    assertEquals(
        List.of("missing.md", "other.md#the-test-pass", "#keep-docs-in-ci", "gone/"),
        deadLinks(file, DocsLinksTest::read));
  }

  @Test
  void anchors_followGitHubRules() {
    Node doc = PARSER.parse(String.join("\n",
        "# Tests in the summary (the test pass)",
        "## Processor options (`javac -A…`)",
        "## Database, integration, performance and debt: what is understood",
        "## Usage",
        "## Usage",
        ""));
    assertEquals(
        Set.of("tests-in-the-summary-the-test-pass", "processor-options-javac--a",
            "database-integration-performance-and-debt-what-is-understood", "usage", "usage-1"),
        anchors(doc));
  }

  /** The links of {@code file} whose target file or anchor does not exist, as written. */
  static List<String> deadLinks(Path file, Function<Path, String> read) {
    Node doc = PARSER.parse(read.apply(file));
    List<String> dead = new ArrayList<>();
    for (String destination : destinations(doc)) {
      if (destination.isEmpty() || isUrl(destination)) {
        continue;
      }
      int hash = destination.indexOf('#');
      String pathPart = hash < 0 ? destination : destination.substring(0, hash);
      String anchor = hash < 0 ? null : destination.substring(hash + 1);
      Path target = pathPart.isEmpty()
          ? file
          : file.getParent().resolve(URLDecoder.decode(pathPart, StandardCharsets.UTF_8)).normalize();
      if (!Files.exists(target)) {
        dead.add(destination);
      } else if (anchor != null) {
        if (!target.toString().endsWith(".md")
            || !anchors(PARSER.parse(read.apply(target))).contains(anchor.toLowerCase(Locale.ROOT))) {
          dead.add(destination);
        }
      }
    }
    return dead;
  }

  private static boolean isUrl(String destination) {
    if (destination.startsWith("//")) {
      return true;
    }
    try {
      return URI.create(destination.replace(" ", "%20")).getScheme() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<String> destinations(Node doc) {
    List<String> result = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        result.add(link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        result.add(image.getDestination());
      }
    });
    return result;
  }

  /**
   * GitHub's heading anchors: the heading's text, lower case, spaces to {@code -}, every other
   * character that is not a letter, digit, {@code -} or {@code _} removed; a repeated one gets
   * {@code -1}, {@code -2}, …; plus explicit {@code <a name|id="…">} anchors.
   */
  static Set<String> anchors(Node doc) {
    Set<String> result = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
        String slug = text.toString().toLowerCase(Locale.ROOT).trim()
            .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
            .replace(' ', '-');
        int n = seen.merge(slug, 1, Integer::sum) - 1;
        result.add(n == 0 ? slug : slug + "-" + n);
      }

      @Override
      public void visit(HtmlInline html) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("<a (?:name|id)=\"([^\"]+)\"").matcher(html.getLiteral());
        if (m.find()) {
          result.add(m.group(1));
        }
      }
    });
    return result;
  }

  private static List<Path> projectMarkdown() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    files.add(ROOT.resolve("ARCHITECTURE.md"));
    files.add(ROOT.resolve("benchmarks/README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      files.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
    }
    return files;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
