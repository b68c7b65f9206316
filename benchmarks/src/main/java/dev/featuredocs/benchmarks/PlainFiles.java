package dev.featuredocs.benchmarks;

import java.util.Map;

/**
 * Plain code of no feature, one of five kinds by number: string utilities, POJO-like records, scheduled
 * jobs, controllers nobody documents and generic caches — 40 to a package.
 */
final class PlainFiles {
  private PlainFiles() {}

  static void write(SourceWriter w, String base, int j) {
    String pkg = base + ".support.s" + (j - 1) / 40;
    Map<String, String> v = Map.of("BASE", base, "PKG", pkg, "J", Integer.toString(j));
    switch (j % 5) {
      case 0 -> w.write(pkg, "StringTools" + j, v, """
          package «PKG»;

          import java.util.ArrayList;
          import java.util.List;
          import java.util.Locale;

          /** String helpers, variant «J». */
          public final class StringTools«J» {
            private StringTools«J»() {}

            public static String pad(String s, int width) {
              StringBuilder out = new StringBuilder(s);
              while (out.length() < width) {
                out.append(' ');
              }
              return out.toString();
            }

            public static List<String> words(String s) {
              List<String> out = new ArrayList<>();
              for (String w : s.split("\\\\s+")) {
                if (!w.isEmpty()) {
                  out.add(w.toLowerCase(Locale.ROOT));
                }
              }
              return out;
            }

            public static String initials(String s) {
              StringBuilder out = new StringBuilder();
              for (String w : words(s)) {
                out.append(Character.toUpperCase(w.charAt(0)));
              }
              return out.toString();
            }

            public static int checksum(String s) {
              int sum = «J»;
              for (int i = 0; i < s.length(); i++) {
                sum = sum * 31 + s.charAt(i);
              }
              return sum;
            }
          }
          """);
      case 1 -> w.write(pkg, "LegacyRecord" + j, v, """
          package «PKG»;

          import java.util.Objects;

          /** A record of the old system, variant «J». */
          public class LegacyRecord«J» {
            private long id;
            private String code;
            private String label;
            private int weight;
            private boolean active;

            public long getId() {
              return id;
            }

            public void setId(long id) {
              this.id = id;
            }

            public String getCode() {
              return code;
            }

            public void setCode(String code) {
              this.code = code;
            }

            public String getLabel() {
              return label;
            }

            public void setLabel(String label) {
              this.label = label;
            }

            public int getWeight() {
              return weight;
            }

            public void setWeight(int weight) {
              this.weight = weight;
            }

            public boolean isActive() {
              return active;
            }

            public void setActive(boolean active) {
              this.active = active;
            }

            @Override
            public boolean equals(Object o) {
              return o instanceof LegacyRecord«J» other && id == other.id && Objects.equals(code, other.code);
            }

            @Override
            public int hashCode() {
              return Objects.hash(id, code);
            }
          }
          """);
      case 2 -> w.write(pkg, "ReportJob" + j, v, """
          package «PKG»;

          import java.time.Clock;
          import java.time.Duration;
          import java.time.Instant;
          import java.util.ArrayList;
          import java.util.List;
          import org.springframework.stereotype.Service;

          /** A nightly report, variant «J»; a bean of no feature. */
          @Service
          public class ReportJob«J» {
            private final Clock clock;
            private final List<Instant> runs = new ArrayList<>();

            public ReportJob«J»(Clock clock) {
              this.clock = clock;
            }

            public void run() {
              runs.add(clock.instant());
              if (runs.size() > 100) {
                runs.remove(0);
              }
            }

            public Duration sinceLastRun() {
              return runs.isEmpty() ? Duration.ZERO : Duration.between(runs.get(runs.size() - 1), clock.instant());
            }
          }
          """);
      case 3 -> w.write(pkg, "InternalStatus" + j + "Controller", v, """
          package «PKG»;

          import java.util.Map;
          import org.springframework.web.bind.annotation.GetMapping;
          import org.springframework.web.bind.annotation.PathVariable;
          import org.springframework.web.bind.annotation.RequestMapping;
          import org.springframework.web.bind.annotation.RestController;

          /** Internal status endpoints, variant «J»; not documented as a feature. */
          @RestController
          @RequestMapping("/internal/status-«J»")
          public class InternalStatus«J»Controller {

            @GetMapping
            public Map<String, String> status() {
              return Map.of("status", "up", "variant", "«J»");
            }

            @GetMapping("/{key}")
            public String value(@PathVariable String key) {
              return key + "-«J»";
            }
          }
          """);
      default -> w.write(pkg, "Cache" + j, v, """
          package «PKG»;

          import java.util.LinkedHashMap;
          import java.util.Map;
          import java.util.function.Function;

          /** A small LRU cache, variant «J». */
          public class Cache«J»<K, V> {
            private final int capacity;
            private final Map<K, V> entries;

            public Cache«J»(int capacity) {
              this.capacity = capacity;
              this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                  return size() > Cache«J».this.capacity;
                }
              };
            }

            public V get(K key, Function<? super K, ? extends V> load) {
              return entries.computeIfAbsent(key, load);
            }

            public int size() {
              return entries.size();
            }

            /** Statistics of the cache. */
            public record Stats(int size, int capacity) {}

            public Stats stats() {
              return new Stats(entries.size(), capacity);
            }
          }
          """);
    }
  }
}
