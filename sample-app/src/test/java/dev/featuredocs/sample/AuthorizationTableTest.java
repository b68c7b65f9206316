package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The Authorization Rules tables of the committed summaries against the running app: an endpoint
 * the summary gives a rule that is not {@code (open)} refuses an anonymous caller with 401, and
 * every endpoint of the app has a row with a rule (the Security criterion's claim).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationTableTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z]+) (/[^`]*)` \\| (.+?) \\| (.*?) \\|$", Pattern.MULTILINE);

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
  }

  private record Row(String method, String path, String rule) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Path summary : SummaryEndpoints.summaryFiles(Path.of("docs/features"))) {
      String text = Files.readString(summary);
      int start = text.indexOf("**Authorization Rules**:");
      String table = text.substring(start, text.indexOf("**Permission Checks**", start));
      Matcher row = ROW.matcher(table);
      while (row.find()) {
        rows.add(new Row(row.group(1), row.group(2), row.group(3)));
      }
    }
    return rows;
  }

  @Test
  void everyDocumentedEndpointHasARule_andRefusesAnonymousCallersUnlessOpen() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).as("one row per documented endpoint")
        .hasSize(SummaryEndpoints.read(Path.of("docs/features")).size()).isNotEmpty();

    for (Row row : rows) {
      assertThat(row.rule()).as(row.method() + " " + row.path()).doesNotContain("no rule in code");
      String path = row.path().replaceAll("\\{[^}]+}", "1");
      ApiClient.Reply reply = api.send(row.method(), path, null, null);
      if (row.rule().endsWith("(open)")) {
        assertThat(reply.status()).as(row.method() + " " + path).isNotEqualTo(401);
      } else {
        assertThat(reply.status()).as(row.method() + " " + path + ": " + reply.text()).isEqualTo(401);
      }
    }
  }
}
