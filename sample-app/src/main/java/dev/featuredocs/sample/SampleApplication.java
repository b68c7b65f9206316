package dev.featuredocs.sample;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import dev.featuredocs.sample.documents.DocumentService;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the document platform backend: document management and document sharing over REST.
 *
 * <p>Runs with no setup: an in-memory H2 database whose schema Hibernate creates on start, an
 * in-memory cache of documents, a nightly purge of expired shares, and an HTTP server on port
 * 8080. Run it with {@code mvn -pl sample-app spring-boot:run}.
 */
@SpringBootApplication
@EnableCaching
@EnableScheduling
public class SampleApplication {

  /**
   * Starts the application.
   *
   * @param args command-line arguments, passed on to Spring Boot
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }

  /**
   * The clock that services stamp creation and update times with.
   *
   * <p>It ticks in microseconds, the precision of the database's timestamp columns, so a time
   * returned on create is the same time returned on every later read.
   *
   * @return the system clock in UTC, ticking in microseconds
   */
  @Bean
  public Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  /**
   * The caches of {@code @Cacheable} methods: in memory, per instance.
   *
   * @return a cache manager with the documents cache
   */
  @Bean
  public CacheManager cacheManager() {
    return new ConcurrentMapCacheManager(DocumentService.DOCUMENT_CACHE);
  }
}
