package dev.featuredocs.processor.model.review;

/**
 * A health indicator bean.
 *
 * @param type the class (or {@code @Bean} method) that provides it
 * @param component the name it contributes to the health endpoint, as Spring derives it from the bean name
 * @param purpose the first sentence of its javadoc, empty when none
 */
public record HealthCheckDoc(String type, String component, String purpose) {}
