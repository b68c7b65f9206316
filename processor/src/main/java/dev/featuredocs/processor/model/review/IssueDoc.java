package dev.featuredocs.processor.model.review;

/**
 * A problem a client or operator may meet: an exception of the feature.
 *
 * @param exception its simple name
 * @param issue what it means: its class javadoc's first sentence, empty when none
 * @param status the HTTP status a client gets
 * @param body the response body type the handler answers with, empty when none or not visible
 * @param handler the code that decides the status ({@code ApiExceptionHandler#notFound}), empty when nothing maps it
 * @param solution the exception's {@code @fix} javadoc tag, empty when it has none
 * @param raisedIn where the feature's code throws it first: {@code DocumentService#find}; empty when only declared
 * @param thrownIn every method of the feature's code that throws it, in name order
 */
public record IssueDoc(String exception, String issue, int status, String body, String handler, String solution,
    String raisedIn, java.util.List<String> thrownIn) {
  public IssueDoc {
    thrownIn = java.util.List.copyOf(thrownIn);
  }
}
