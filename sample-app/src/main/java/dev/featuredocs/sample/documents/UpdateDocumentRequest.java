package dev.featuredocs.sample.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of a request to replace a document's editable fields, including its status.
 *
 * @param title the new title, unique among the owner's documents ignoring case
 * @param content the new body text; may be empty
 * @param language the new language tag, such as {@code "en"} or {@code "en-GB"}
 * @param status the new status: the current one or a later one
 */
public record UpdateDocumentRequest(
    @NotBlank @Size(max = Document.TITLE_MAX) String title,
    @NotNull @Size(max = Document.CONTENT_MAX) String content,
    @NotBlank
        @Pattern(
            regexp = "^[a-z]{2}(-[A-Z]{2})?$",
            message = "must be a language tag such as en or en-GB")
        String language,
    @NotNull DocumentStatus status) {}
