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
 * @param raisedIn where the feature's code throws it: {@code DocumentService#find}; empty when only declared
 */
public record IssueDoc(String exception, String issue, int status, String body, String handler, String solution,
    String raisedIn) {}
