package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import dev.featuredocs.sample.Mutations.Mutation;
import dev.featuredocs.sample.documents.CreateDocumentRequest;
import dev.featuredocs.sample.documents.DocumentStatus;
import dev.featuredocs.sample.documents.UpdateDocumentRequest;
import dev.featuredocs.sample.sharing.api.SharePermission;
import dev.featuredocs.sample.sharing.api.ShareRequest;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the truth checks of {@link ModelExampleTruthTest} before the processor emits anything, on
 * hand-written schemas in {@code src/test/resources/truth/}: right ones report nothing, and each
 * deliberately wrong one reports exactly its mistakes.
 *
 * <p>The wrong schemas are wrong for {@code CreateDocumentRequest}, whose title is
 * {@code @NotBlank @Size(max = 200)}, content {@code @NotNull @Size(max = 20000)}, and language an
 * optional {@code @Pattern("^[a-z]{2}(-[A-Z]{2})?$")}. A looser bound than the code's is not
 * caught by the violating mutation (501 characters are rejected by both) but by the value at the
 * schema's bound (500 characters: the schema accepts them, the app does not); a stricter bound is
 * caught by the violating mutation (101 characters: only the schema rejects them).
 */
class ModelTruthHarnessTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final ModelTruth TRUTH = new ModelTruth(VALIDATION.getValidator());
  private static final String APP = "the app (Jackson + Hibernate Validator)";

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  private static ModelSchema fixture(String name) {
    return ModelSchemas.resource("truth/" + name + ".schema.json");
  }

  @Test
  void rightSchemas_reportNothing() {
    for (String name : List.of(
        "CreateDocumentRequest.right", "ShareRequest.right", "EveryConstraint.right")) {
      assertThat(TRUTH.check(fixture(name), true)).as(name).isEmpty();
    }
  }

  @Test
  void looserSchema_reportsTheLongerTitleAndTheLooserPattern() {
    List<String> problems = TRUTH.check(fixture("CreateDocumentRequest.looser"), true);

    assertThat(problems).satisfiesExactly(
        longer -> assertThat(longer).isEqualTo(
            "CreateDocumentRequest.title: at maxLength 500 → \"xxxxxxxxxxxx…\" (500 characters):"
                + " the schema accepts it, " + APP + " rejects it (Hibernate Validator: title size"
                + " must be between 0 and 200)"),
        looser -> assertThat(looser)
            .startsWith("CreateDocumentRequest.language: matching pattern ^[a-z]+$ → \"")
            .endsWith(": the schema accepts it, " + APP + " rejects it (Hibernate Validator:"
                + " language must be a language tag such as en or en-GB)"));
  }

  @Test
  void stricterSchema_reportsTheShorterTitleAndTheLanguageThatCannotBeNull() {
    List<String> problems = TRUTH.check(fixture("CreateDocumentRequest.stricter"), true);

    assertThat(problems).containsExactly(
        "CreateDocumentRequest.title: maxLength 100 → \"xxxxxxxxxxxx…\" (101 characters): " + APP
            + " accepts it",
        "CreateDocumentRequest.language: null (not nullable) → null: " + APP + " accepts it",
        "CreateDocumentRequest.title: @Size(max=200, min=0) is enforced by the app, but no"
            + " mutation of the schema triggers it (no keyword expresses it)");
  }

  @Test
  void incompleteSchema_reportsTheContentThatIsNeitherRequiredNorLimited() {
    List<String> problems = TRUTH.check(fixture("CreateDocumentRequest.incomplete"), true);

    assertThat(problems).containsExactly(
        "CreateDocumentRequest.content: absent → (absent): the schema accepts it, " + APP
            + " rejects it (Hibernate Validator: content must not be null)",
        "CreateDocumentRequest.content: @Size(max=20000, min=0) is enforced by the app, but no"
            + " mutation of the schema triggers it (no keyword expresses it)");
  }

  @Test
  void schemaWithAPropertyTheClassLacks_reportsItAndEveryMutationOfItTheAppIgnores() {
    List<String> problems = TRUTH.check(fixture("CreateDocumentRequest.extra-property"), true);

    assertThat(problems).containsExactly(
        "CreateDocumentRequest: the schema documents property 'status', which"
            + " CreateDocumentRequest does not have",
        "CreateDocumentRequest.status: null (not nullable) → null: " + APP + " accepts it",
        "CreateDocumentRequest.status: enum [DRAFT, PUBLISHED, ARCHIVED] → \"NOT_A_VALUE\": " + APP
            + " accepts it",
        "CreateDocumentRequest.status: type string → {}: " + APP + " accepts it");
  }

  @Test
  void schemaClosedToOtherProperties_isReportedBecauseTheAppIgnoresUnknownProperties() {
    List<String> problems = TRUTH.check(fixture("CreateDocumentRequest.closed"), true);

    assertThat(problems).singleElement().asString()
        .startsWith("CreateDocumentRequest: additionalProperties false → {")
        .endsWith(": " + APP + " accepts it");
  }

  @Test
  void unanchoredPattern_isReportedBecauseAtPatternMatchesTheWholeString() {
    List<String> problems = TRUTH.check(fixture("CreateDocumentRequest.unanchored"), true);

    assertThat(problems).singleElement().asString()
        .startsWith("CreateDocumentRequest.language: matching pattern [a-z]{2}(-[A-Z]{2})? → \"~ ")
        .endsWith(" ~\": the schema accepts it, " + APP + " rejects it (Hibernate Validator:"
            + " language must be a language tag such as en or en-GB)");
  }

  /** The mutations reach every keyword the processor may emit, and each breaks its own keyword. */
  @Test
  void mutationsOfEveryConstraint_coverEveryKeywordAndEachBreaksItsOwn() {
    ModelSchema model = fixture("EveryConstraint.right");
    List<Mutation> violating = Mutations.violating(model);

    Set<String> keywords = new TreeSet<>();
    List<String> imprecise = new ArrayList<>();
    for (Mutation mutation : violating) {
      if (mutation.keyword() == null) {
        continue;
      }
      keywords.add(mutation.keyword());
      if (model.validate(mutation.instance()).stream()
          .noneMatch(e -> mutation.keyword().equals(e.getKeyword()))) {
        imprecise.add(mutation.label());
      }
    }

    assertThat(keywords).contains(
        "type", "format", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minProperties",
        "maxProperties", "const", "enum", "required", "oneOf");
    assertThat(imprecise).as("mutations the schema does not reject for their keyword").isEmpty();
    assertThat(violating).extracting(Mutation::label).contains(
        "EveryConstraint.name: maxLength 20",
        "EveryConstraint.email: format email",
        "EveryConstraint.rating: type integer",
        "EveryConstraint.share: exclusiveMinimum 0",
        "EveryConstraint.accepted: const true",
        "EveryConstraint.tags[]: maxLength 5",
        "EveryConstraint.counts{}: minimum 0",
        "EveryConstraint.address.city: required",
        "EveryConstraint.level: enum [LOW, HIGH]",
        "EveryConstraint.shape<Circle>.radius: minimum 1");
  }

  @Test
  void requestModels_areTheRequestBodiesAndTheTypesTheyReach() {
    assertThat(ModelTruth.requestModels()).containsExactlyInAnyOrder(
        CreateDocumentRequest.class, UpdateDocumentRequest.class, DocumentStatus.class,
        ShareRequest.class, SharePermission.class);
  }

  @Test
  void missingSchemaDirectory_readsAsNoSchemas() throws IOException {
    assertThat(ModelSchemas.readAll(Path.of("target/no-such-directory"))).isEmpty();
  }
}
