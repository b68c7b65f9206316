package dev.featuredocs.processor.model.web;

/**
 * A request or response body.
 *
 * @param type its Java type as a reader writes it ({@code ShareRequest}, {@code List<ShareResponse>})
 * @param example a JSON example, or empty when the shape is not visible in code
 * @param validated whether it is validated on the way in ({@code @Valid}/{@code @Validated})
 * @param model the data model it is or holds, whose full example is under Data Models; empty when none
 */
public record BodyDoc(String type, String example, boolean validated, String model) {
  public BodyDoc(String type, String example, boolean validated) {
    this(type, example, validated, "");
  }
}
