package dev.featuredocs.sample.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of a request to create a document; the owner is the authenticated caller.
 *
 * @param title the title, unique among the owner's documents ignoring case
 * @param content the body text; may be empty
 * @param language the language tag such as {@code "en"} or {@code "en-GB"}; {@code "en"} when absent
 */
public record CreateDocumentRequest(
    @NotBlank @Size(max = Document.TITLE_MAX) String title,
    @NotNull @Size(max = Document.CONTENT_MAX) String content,
    @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language tag such as en or en-GB")
        String language) {}
