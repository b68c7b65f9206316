package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * What the feature talks to besides its own code.
 *
 * @param externalApis HTTP clients: {@code @FeignClient} and {@code @HttpExchange} interfaces,
 *     {@code RestClient}/{@code WebClient}/{@code RestTemplate} fields
 * @param libraries third-party packages the feature's source files import, grouped by library
 * @param deprecations {@code @Deprecated} types and members of the feature
 */
public record IntegrationDoc(List<ExternalApiDoc> externalApis, List<LibraryDoc> libraries,
    List<DeprecationDoc> deprecations) {
  public IntegrationDoc {
    externalApis = List.copyOf(externalApis);
    libraries = List.copyOf(libraries);
    deprecations = List.copyOf(deprecations);
  }
}
