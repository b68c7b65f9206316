package dev.featuredocs.processor.model.security;

/**
 * An exception the feature's endpoints can end in, and what the client gets.
 *
 * @param exception its simple name
 * @param status the HTTP status it ends in (500 when nothing maps it)
 * @param handler the code that decides the status: {@code ApiExceptionHandler#notFound},
 *     {@code @ResponseStatus on X}; empty when nothing maps it
 * @param body the response body type the handler returns, empty when none or not visible
 * @param exposesMessage whether the handler puts {@code getMessage()} of a library or JDK exception into the response
 * @param messageNote what the handler does with the exception's message, empty when it does not read it
 */
public record ErrorMappingDoc(String exception, int status, String handler, String body, boolean exposesMessage,
    String messageNote) {}
