package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * An HTTP client of an external API.
 *
 * @param kind {@code @FeignClient}, {@code @HttpExchange}, {@code RestClient}, {@code WebClient} or {@code RestTemplate}
 * @param client the interface, or {@code Type.field} for a client field
 * @param target where it points, as written: the Feign name/url, the exchange's base path, or the
 *     {@code @Value} placeholders its type reads; empty when the code does not say
 * @param operations the interface's operations as {@code GET /path}; empty for client fields
 */
public record ExternalApiDoc(String kind, String client, String target, List<String> operations) {
  public ExternalApiDoc {
    operations = List.copyOf(operations);
  }
}
