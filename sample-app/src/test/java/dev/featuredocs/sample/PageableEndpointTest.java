package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import dev.featuredocs.sample.SummaryEndpoints.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * The pageable endpoint as its summary documents it: the {@code page}, {@code size} and {@code sort}
 * query parameters the summary lists (expanded from the handler's {@code Pageable}) are accepted by
 * the running app, their documented defaults are the ones it applies, and they shape the page it
 * returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageableEndpointTest {
  private static final String KEY = "GET /api/documents/mine";

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;
  private Map<String, Parameter> documented;

  @BeforeEach
  void setUp() throws IOException {
    api = new ApiClient(port, users);
    Endpoint endpoint = SummaryEndpoints.read(Path.of("docs/features")).stream()
        .filter(e -> e.key().equals(KEY)).findFirst().orElseThrow(() -> new AssertionError(KEY + " is not documented"));
    documented = endpoint.parameters().stream()
        .collect(Collectors.toMap(Parameter::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void summary_listsPageSizeAndSortAsOptionalQueryParametersWithTheHandlersDefaults() {
    assertThat(documented.keySet()).containsExactly("page", "size", "sort");
    assertThat(documented.values()).allSatisfy(p -> {
      assertThat(p.in()).isEqualTo("query");
      assertThat(p.required()).isFalse();
    });
    assertThat(documented.get("page").defaultValue()).isEqualTo("0");
    assertThat(documented.get("size").defaultValue()).isEqualTo("10");
    assertThat(documented.get("sort").defaultValue()).isEqualTo("createdAt,desc");
  }

  @Test
  void withoutParameters_theAppAppliesTheDocumentedDefaults() {
    Caller owner = api.newUser("pager");
    List<Long> created = createDocuments(owner, 12);

    ApiClient.Reply reply = api.get("/api/documents/mine", owner);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    int size = Integer.parseInt(documented.get("size").defaultValue());
    assertThat(reply.body().get("page").asInt()).isEqualTo(Integer.parseInt(documented.get("page").defaultValue()));
    assertThat(reply.body().get("size").asInt()).isEqualTo(size);
    assertThat(reply.body().get("totalElements").asLong()).isEqualTo(12);
    // createdAt,desc: the newest first; ids grow with creation time
    List<Long> newestFirst = new ArrayList<>(created);
    newestFirst.sort(Comparator.reverseOrder());
    assertThat(ids(reply.body())).containsExactlyElementsOf(newestFirst.subList(0, size));
  }

  @Test
  void documentedParameters_shapeThePage() {
    Caller owner = api.newUser("pager");
    createDocuments(owner, 7);
    String query = "?" + name("page") + "=1&" + name("size") + "=3&" + name("sort") + "=title,asc";

    ApiClient.Reply reply = api.get("/api/documents/mine" + query, owner);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().get("page").asInt()).isEqualTo(1);
    assertThat(reply.body().get("size").asInt()).isEqualTo(3);
    assertThat(reply.body().get("totalPages").asInt()).isEqualTo(3);
    assertThat(titles(reply.body())).containsExactly("Doc 3", "Doc 4", "Doc 5");
  }

  private String name(String parameter) {
    assertThat(documented).containsKey(parameter);
    return documented.get(parameter).name();
  }

  private List<Long> createDocuments(Caller owner, int count) {
    List<Long> ids = new ArrayList<>();
    // created in reverse title order, so that sorting by title differs from creation order
    for (int i = count - 1; i >= 0; i--) {
      ApiClient.Reply reply =
          api.post("/api/documents", owner, Map.of("title", "Doc " + i, "content", "Body " + i));
      assertThat(reply.status()).as(reply.text()).isEqualTo(201);
      ids.add(reply.id());
    }
    return ids;
  }

  private static List<Long> ids(JsonNode page) {
    return StreamSupport.stream(page.get("content").spliterator(), false).map(d -> d.get("id").asLong()).toList();
  }

  private static List<String> titles(JsonNode page) {
    return StreamSupport.stream(page.get("content").spliterator(), false).map(d -> d.get("title").asString()).toList();
  }
}
