package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The Security Configurations list of the committed summary against the running app: the
 * configuration documented active is the one the app runs (its bean is in the context, its chain
 * refuses an anonymous caller), the one documented inactive is absent, and the setting the summary
 * says switches them really does: started with it, the app runs the other configuration and the
 * same anonymous request is let through.
 */
class SecurityConfigurationTest {
  private static final Pattern ITEM = Pattern.compile(
      "^- `(\\w+)`: \\*\\*(active|inactive|cannot tell)\\*\\* — `[^`]+`: .*?; switched (?:on|off) by `([^`=]+)=([^`]+)`$",
      Pattern.MULTILINE);

  private record Documented(String configuration, boolean active, String property, String value) {}

  private static List<Documented> documented() throws IOException {
    String text = Files.readString(Path.of("docs/features/document-management.md"));
    int start = text.indexOf("**Security Configurations**");
    assertThat(start).as("the summary lists the security configurations").isPositive();
    String list = text.substring(start, text.indexOf("**Authorization Rules**", start));
    List<Documented> result = new ArrayList<>();
    Matcher item = ITEM.matcher(list);
    while (item.find()) {
      result.add(new Documented(item.group(1), item.group(2).equals("active"), item.group(3), item.group(4)));
    }
    return result;
  }

  private static Set<String> configurations(ConfigurableApplicationContext context) {
    Set<String> names = new TreeSet<>();
    for (Object bean : context.getBeansWithAnnotation(Configuration.class).values()) {
      names.add(org.springframework.util.ClassUtils.getUserClass(bean).getSimpleName());
    }
    return names;
  }

  private static int anonymousGet(ConfigurableApplicationContext context, String path)
      throws IOException, InterruptedException {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }

  /** The app as run with command-line arguments, which override application.properties as they do in production. */
  private static ConfigurableApplicationContext start(String... properties) {
    List<String> args = new ArrayList<>();
    for (String property : properties) {
      args.add("--" + property);
    }
    args.add("--server.port=0");
    args.add("--spring.datasource.url=jdbc:h2:mem:security-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return new SpringApplicationBuilder(SampleApplication.class).run(args.toArray(String[]::new));
  }

  @Test
  void documentedActiveConfigurationIsTheOneTheAppRuns_andRefusesAnonymousCallers() throws Exception {
    List<Documented> documented = documented();
    assertThat(documented).extracting(Documented::configuration)
        .containsExactly("OpenSecurityConfig", "SecurityConfig");

    try (ConfigurableApplicationContext app = start()) {
      Set<String> running = configurations(app);
      for (Documented config : documented) {
        assertThat(running.contains(config.configuration()))
            .as(config.configuration() + " documented " + (config.active() ? "active" : "inactive"))
            .isEqualTo(config.active());
      }
      // SecurityConfig's documented rule for GET /api/documents: anyRequest().authenticated()
      assertThat(anonymousGet(app, "/api/documents")).isEqualTo(401);
    }
  }

  @Test
  void theDocumentedSwitchFlipsTheConfigurations_andTheAppLetsAnonymousCallersIn() throws Exception {
    Documented inactive = documented().stream().filter(d -> !d.active()).findFirst().orElseThrow();

    try (ConfigurableApplicationContext app = start(inactive.property() + "=" + inactive.value())) {
      Set<String> running = configurations(app);
      for (Documented config : documented()) {
        assertThat(running.contains(config.configuration()))
            .as(config.configuration() + " with " + inactive.property() + "=" + inactive.value())
            .isEqualTo(!config.active());
      }
      // OpenSecurityConfig's anyRequest().permitAll(): no credentials, and the list answers
      assertThat(anonymousGet(app, "/api/documents")).isEqualTo(200);
    }
  }
}
