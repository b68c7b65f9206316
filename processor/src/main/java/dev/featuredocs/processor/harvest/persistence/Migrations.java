package dev.featuredocs.processor.harvest.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Flyway or Liquibase files of {@code -Afeaturedocs.migrations}: read once per compilation, and
 * for each feature those that mention one of its tables. Files sort in version order
 * ({@code V2__…} before {@code V10__…}), then by path.
 */
public final class Migrations {
  private static final Pattern EXTENSIONS = Pattern.compile(".*\\.(sql|xml|ya?ml|json)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** A migration file: its path relative to the directory, and its text in lower case. */
  private record File(String path, String text) {}

  private final String label;
  private final List<File> files;

  private Migrations(String label, List<File> files) {
    this.label = label;
    this.files = files;
  }

  static Migrations none() {
    return new Migrations("", List.of());
  }

  /** Lists and reads the directory; a file that cannot be read as UTF-8 text is listed by name only. */
  public static Migrations of(Optional<Path> directory) {
    if (directory.isEmpty()) {
      return none();
    }
    Path root = directory.get();
    List<File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (EXTENSIONS.matcher(relative).matches()) {
          files.add(new File(relative, read(path)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(File::path, Migrations::versionOrder));
    return new Migrations(label(root), List.copyOf(files));
  }

  private static String read(Path path) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "";
    }
  }

  /** From {@code src/} on when the path has it, so the summary is the same on every machine; else the last name. */
  private static String label(Path root) {
    String path = root.toAbsolutePath().normalize().toString().replace('\\', '/');
    int src = path.lastIndexOf("/src/");
    return src >= 0 ? path.substring(src + 1) : root.getFileName() == null ? path : root.getFileName().toString();
  }

  /** Numbers compare by value, so V2 comes before V10. */
  static int versionOrder(String a, String b) {
    Matcher x = NUMBER.matcher(a);
    Matcher y = NUMBER.matcher(b);
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j)) && x.find(i) && y.find(j)) {
        int byValue = new java.math.BigInteger(x.group()).compareTo(new java.math.BigInteger(y.group()));
        if (byValue != 0) {
          return byValue;
        }
        i = x.end();
        j = y.end();
      } else {
        if (a.charAt(i) != b.charAt(j)) {
          return Character.compare(a.charAt(i), b.charAt(j));
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  String label() {
    return label;
  }

  /** The files whose text names one of the tables as a word (case-insensitive). */
  List<String> mentioning(List<String> tables) {
    List<Pattern> names = tables.stream()
        .map(t -> t.substring(t.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))
        .map(t -> Pattern.compile("(?<![\\w])" + Pattern.quote(t) + "(?![\\w])"))
        .toList();
    List<String> result = new ArrayList<>();
    for (File file : files) {
      if (names.stream().anyMatch(n -> n.matcher(file.text()).find())) {
        result.add(file.path());
      }
    }
    return result;
  }
}
