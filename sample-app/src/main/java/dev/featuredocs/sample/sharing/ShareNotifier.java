package dev.featuredocs.sample.sharing;

import dev.featuredocs.annotations.Phase;
import dev.featuredocs.sample.sharing.api.ShareResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts a share event to the notification service, which tells the recipient; does nothing while
 * {@code sharing.notifications.base-url} is not set, as in the default configuration.
 *
 * <p>Best effort: a notification service that fails or cannot be reached is logged and does not
 * fail the share.
 */
@Component
@Phase("Phase 3: Sharing rules")
public class ShareNotifier {

  private static final Logger log = LoggerFactory.getLogger(ShareNotifier.class);

  private final RestClient http;

  /**
   * Creates the notifier.
   *
   * @param baseUrl the notification service's base URL, such as {@code https://notify.example.com};
   *     blank for none
   */
  public ShareNotifier(@Value("${sharing.notifications.base-url:}") String baseUrl) {
    this.http = baseUrl.isBlank() ? null : RestClient.create(baseUrl.strip());
  }

  /**
   * Posts {@code {"documentId", "recipientEmail", "permission"}} to {@code /share-events}.
   *
   * @param share the stored share
   * @return true when the notification service accepted the event
   */
  public boolean shared(ShareResponse share) {
    if (http == null) {
      return false;
    }
    try {
      http.post()
          .uri("/share-events")
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of(
              "documentId", share.documentId(),
              "recipientEmail", share.recipientEmail(),
              "permission", share.permission().name()))
          .retrieve()
          .toBodilessEntity();
      return true;
    } catch (RestClientException e) {
      log.warn("The notification service did not take the share of document {}: {}",
          share.documentId(), e.getMessage());
      return false;
    }
  }
}
