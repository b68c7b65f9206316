package dev.featuredocs.processor.model;

import java.util.List;

/**
 * The feature's types of one role, for the architecture line: {@code 2 services (A, B)}.
 *
 * @param count the role counted, e.g. {@code "2 services"}
 * @param names the types' names, sorted
 */
public record RoleGroup(String count, List<String> names) {
  public RoleGroup {
    names = List.copyOf(names);
  }
}
