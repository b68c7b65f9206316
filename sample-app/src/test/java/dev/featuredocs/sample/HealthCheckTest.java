package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
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
 * The health checks the committed summaries list under Monitoring are the ones the running app
 * reports at {@code GET /actuator/health}, under the names the summaries give them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthCheckTest {
  private static final Pattern HEALTH_CHECK =
      Pattern.compile("^- `([^`]+)` contributes `([^`]+)` to `GET /actuator/health`", Pattern.MULTILINE);

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
  }

  @Test
  void everyDocumentedHealthCheck_isReportedUpUnderItsDocumentedName() throws IOException {
    List<String> documented = new ArrayList<>();
    for (Path summary : SummaryEndpoints.summaryFiles(Path.of("docs/features"))) {
      Matcher matcher = HEALTH_CHECK.matcher(Files.readString(summary));
      while (matcher.find()) {
        documented.add(matcher.group(2));
      }
    }
    assertThat(documented).as("health checks listed in docs/features/*.md").contains("documentStore");

    ApiClient.Reply reply = api.get("/actuator/health", Caller.ALICE);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    for (String component : documented) {
      assertThat(reply.body().path("components").path(component).path("status").asString())
          .as("component %s in %s", component, reply.text()).isEqualTo("UP");
    }
  }
}
