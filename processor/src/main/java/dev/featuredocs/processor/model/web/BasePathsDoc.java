package dev.featuredocs.processor.model.web;

import java.util.List;

/**
 * Where the app serves its endpoints and its health check, as its configuration sets them.
 *
 * @param paths each base path configured: what it is, the path, where it is set
 * @param prefix what precedes every documented endpoint path in a request ({@code /api}); empty when nothing does
 * @param prepended whether the documented endpoint paths already include {@code prefix} ({@code featuredocs.prependBasePath})
 * @param health the health check's path ({@code /actuator/health}, {@code /q/health})
 * @param healthWhere where it differs from the API: {@code port 9090 (management.server.port in application.properties)};
 *     empty when on the API's port
 */
public record BasePathsDoc(List<Item> paths, String prefix, boolean prepended, String health, String healthWhere) {
  public static final BasePathsDoc NONE = new BasePathsDoc(List.of(), "", false, "/actuator/health", "");

  public BasePathsDoc {
    paths = List.copyOf(paths);
  }

  /**
   * @param what {@code servlet context path}, {@code @ApplicationPath}, {@code health endpoint}
   * @param path {@code /api}
   * @param source {@code server.servlet.context-path in application.properties}, {@code @ApplicationPath on RestApplication}
   */
  public record Item(String what, String path, String source) {}
}
