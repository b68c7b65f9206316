package dev.featuredocs.processor.harvest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.persistence.TableDoc;
import dev.featuredocs.processor.model.review.ExternalApiDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagram's layers end in the tables the entities map to and the external APIs the feature calls. */
class ArchitectureDiagramTest {

  @Test
  void tablesFollowTheirEntities_externalApisTheTypesHoldingTheirClients() {
    List<Component> components = List.of(
        new Component("ShareController", "p.ShareController", Role.CONTROLLER, "", List.of("ShareService")),
        new Component("ShareService", "p.ShareService", Role.SERVICE, "", List.of("ShareRepository", "Mailer")),
        new Component("Notifier", "p.Notifier", Role.COMPONENT, "", List.of()),
        new Component("ShareRepository", "p.ShareRepository", Role.REPOSITORY, "", List.of()),
        new Component("Share", "p.Share", Role.ENTITY, "", List.of()));
    EndpointDoc endpoint = new EndpointDoc("POST", "/shares", "", "ShareController#share", "", List.of(), List.of(),
        List.of(), null, null, List.of());

    String mermaid = ArchitectureDiagram.of(List.of(endpoint), components, Map.of("ShareRepository", List.of("Share")))
        .tables(List.of(new TableDoc("Share", "shares", List.of(), List.of(), "", List.of())))
        .externalApis(List.of(
            new ExternalApiDoc("RestClient", "Notifier.restClient", "${notify.url}", List.of()),
            new ExternalApiDoc("@HttpExchange", "Mailer", "/mail", List.of("POST /mail"))), components)
        .build().mermaid();

    assertEquals("""
        flowchart LR
          L_client["HTTP client"]
          subgraph L_endpoints["Endpoints"]
            L_endpoints_1["POST /shares"]
          end
          subgraph L_controllers["Controllers"]
            L_controllers_1["ShareController"]
          end
          subgraph L_services["Services"]
            L_services_1["ShareService"]
            L_services_2["Notifier"]
          end
          subgraph L_repositories["Repositories"]
            L_repositories_1["ShareRepository"]
          end
          subgraph L_entities["Entities"]
            L_entities_1["Share"]
          end
          subgraph L_tables["Tables"]
            L_tables_1["table shares"]
          end
          subgraph L_external["External APIs"]
            L_external_1["RestClient Notifier.restClient → ${notify.url}"]
            L_external_2["@HttpExchange Mailer → /mail"]
          end
          L_client --> L_endpoints_1
          L_endpoints_1 --> L_controllers_1
          L_controllers_1 --> L_services_1
          L_services_1 --> L_repositories_1
          L_services_1 --> L_external_2
          L_services_2 --> L_external_1
          L_repositories_1 --> L_entities_1
          L_entities_1 --> L_tables_1
        """, mermaid);
  }
}
