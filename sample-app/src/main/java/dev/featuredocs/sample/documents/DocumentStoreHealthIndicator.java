package dev.featuredocs.sample.documents;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the document store answers: UP with the number of stored documents, DOWN with the error
 * when the database cannot be queried.
 *
 * <p>Spring Boot reports it as {@code documentStore} under {@code GET /actuator/health}.
 */
@Component
public class DocumentStoreHealthIndicator implements HealthIndicator {

  private final DocumentRepository documents;

  /**
   * Creates the indicator.
   *
   * @param documents the repository it queries
   */
  public DocumentStoreHealthIndicator(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public Health health() {
    try {
      return Health.up().withDetail("documents", documents.count()).build();
    } catch (RuntimeException e) {
      return Health.down(e).build();
    }
  }
}
