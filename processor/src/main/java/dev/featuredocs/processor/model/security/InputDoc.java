package dev.featuredocs.processor.model.security;

/**
 * What one endpoint takes in, and whether it is validated.
 *
 * @param endpoint {@code POST /api/documents}
 * @param handler {@code DocumentController#create}
 * @param input what it takes: {@code body CreateDocumentRequest; 2 parameters}, or {@code nothing}
 * @param validated false only when it has a request body that is not validated on the way in
 * @param how how it is validated, or why not: {@code @Valid on the body}, {@code body not validated}
 */
public record InputDoc(String endpoint, String handler, String input, boolean validated, String how) {}
