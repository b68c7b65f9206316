package dev.featuredocs.processor.model.review;

/**
 * A health indicator bean (Spring Boot) or health check (MicroProfile Health).
 *
 * @param type the class (or {@code @Bean} method) that provides it
 * @param component the name it contributes to the health endpoint, as Spring derives it from the bean name; for a
 *     MicroProfile check, its kind ({@code liveness}, {@code readiness}, {@code startup})
 * @param purpose the first sentence of its javadoc, empty when none
 * @param endpoint the path that reports it: {@code /actuator/health}, {@code /q/health/ready}
 */
public record HealthCheckDoc(String type, String component, String purpose, String endpoint) {}
