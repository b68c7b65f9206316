package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * Performance-related choices visible in the feature's code, under the template's headings.
 *
 * @param database read-only transactions, pagination, fetch types, which queries indexes serve
 * @param caching {@code @Cacheable}, {@code @CachePut}, {@code @CacheEvict}
 * @param async {@code @Async} and asynchronous or reactive return types
 * @param resources transaction boundaries
 */
public record PerformanceDoc(
    List<Optimisation> database, List<Optimisation> caching, List<Optimisation> async, List<Optimisation> resources) {
  public PerformanceDoc {
    database = List.copyOf(database);
    caching = List.copyOf(caching);
    async = List.copyOf(async);
    resources = List.copyOf(resources);
  }

  /**
   * One fact.
   *
   * @param element where: {@code Type#method(...)}, {@code Type.field} or {@code Type}
   * @param detail what, in words
   */
  public record Optimisation(String element, String detail) {}
}
