package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * The committed summaries document exactly the endpoints the running application serves, with the
 * same parameters: springdoc's {@code /v3/api-docs}, built from the same controllers at run time,
 * is the independent witness.
 *
 * <p>Reads {@code docs/features/*.md} relative to the working directory, which surefire sets to
 * this module. {@link EndpointParityCheckTest} proves on literal input that the comparison does
 * report differences.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointParityTest {

  /**
   * Each endpoint the summaries document and springdoc leaves out, with the reason (the start of the
   * mismatch line); each must still occur, so the list cannot outlive what it excuses.
   */
  static final java.util.Map<String, String> ACCEPTED = java.util.Map.of(
      "GET /api/links/documents/{id}: in the summaries (",
      "a @Controller handler returning a \"redirect:\" view name answers 302: an endpoint of the API;"
          + " springdoc leaves view-returning handlers out");

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  @Test
  void summaries_documentTheEndpointsAndParametersSpringdocSees() throws IOException {
    ApiClient.Reply apiDocs = new ApiClient(port, users).get("/v3/api-docs", null);
    assertThat(apiDocs.status()).as(apiDocs.text()).isEqualTo(200);
    JsonNode openApi = apiDocs.body();
    List<Endpoint> documented = SummaryEndpoints.read(Path.of("docs/features"));

    List<String> all = EndpointParity.compare(openApi, documented);
    List<String> mismatches = all.stream().filter(m -> ACCEPTED.keySet().stream().noneMatch(m::startsWith)).toList();

    assertThat(ACCEPTED.keySet()).as("accepted differences that no longer occur")
        .allMatch(key -> all.stream().anyMatch(m -> m.startsWith(key)));
    assertThat(mismatches)
        .as("springdoc's /v3/api-docs and docs/features/*.md disagree:%n  %s",
            String.join(System.lineSeparator() + "  ", mismatches))
        .isEmpty();
  }
}
