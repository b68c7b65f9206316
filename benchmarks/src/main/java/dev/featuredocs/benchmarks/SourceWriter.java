package dev.featuredocs.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a source template ({@code «NAME»} tokens from a map; a token without a value is a bug of the
 * generator, so it throws) and writes it under the source root as {@code pkg/SimpleName.java}, in
 * UTF-8, recording every file written.
 */
record SourceWriter(Path root, List<Path> written) {
  private static final Pattern TOKEN = Pattern.compile("«([A-Za-z]+)»");

  void write(String pkg, String simpleName, Map<String, String> values, String template) {
    Matcher m = TOKEN.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for «" + m.group(1) + "» in " + simpleName);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.add(file);
  }
}
