package dev.featuredocs.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message id is unique and documented in docs/diagnostics.md's table, and the table has no others. */
class MessageCatalogueTest {
  @Test
  void ids_areUniqueAndExactlyTheOnesDocsDiagnosticsDocuments() throws Exception {
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    assertEquals(ids.size(), Set.copyOf(ids).size(), "ids are unique: " + ids);

    String table = Files.readString(Path.of("../docs/diagnostics.md"));
    Set<String> documented = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| (FD\\d{3})").matcher(table);
    while (row.find()) {
      assertEquals(true, documented.add(row.group(1)), "documented once: " + row.group(1));
    }
    assertEquals(new TreeSet<>(ids), documented);
  }
}
