package dev.featuredocs.processor.harvest.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationPropertiesTest {
  @Test
  void yaml_nestedMapsBecomeDottedKeys_quotesAndCommentsDropped() {
    assertEquals(Map.of("management.endpoints.web.base-path", "/manage",
            "management.endpoints.web.path-mapping.health", "status",
            "quarkus.smallrye-health.root-path", "/health", "server.port", "8081"),
        ApplicationProperties.yaml("""
            # the app
            management:
              endpoints:
                web:
                  base-path: "/manage"   # moved
                  path-mapping:
                    health: status
            quarkus:
              smallrye-health:
                root-path: '/health'
            server:
              port: 8081
            spring:
              profiles:
                - dev
            """));
  }
}
