package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas the processor writes for the sample app's data models
 * ({@code docs/features/schemas/*.schema.json}) tell the truth about the code, with no Spring
 * context: each schema's example is one the app accepts; the schema accepts it too; every
 * mutation that breaks one of the schema's constraints is rejected by both the schema and the app
 * (Jackson + Hibernate Validator); every value at the edge of a constraint that the schema
 * accepts, the app accepts; every Bean Validation constraint shows up in the schema; and the
 * schema documents exactly the class's JSON properties.
 *
 * <p>The mutation checks apply to the models the app reads from request bodies
 * ({@link ModelTruth#requestModels()}): for a response model, "what the app accepts" means
 * nothing, and {@link ResponseSchemaTruthTest} holds its schema against the app's real answers.
 *
 * <p>Every test fails with {@link ModelSchemas#NONE_EMITTED} while the processor emits no schema.
 * {@link ModelTruthHarnessTest} proves the checks on hand-written schemas.
 */
class ModelExampleTruthTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final ModelTruth TRUTH = new ModelTruth(VALIDATION.getValidator());
  private static final Set<Class<?>> REQUEST_MODELS = ModelTruth.requestModels();

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @Test
  void processor_emitsModelSchemas() throws IOException {
    assertThat(ModelSchemas.readAll()).as(ModelSchemas.NONE_EMITTED).isNotEmpty();
  }

  @Test
  void everyRequestBodyModel_hasASchema() throws IOException {
    List<String> names = schemas().stream().map(ModelSchema::javaTypeName).toList();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : REQUEST_MODELS) {
      if (!names.contains(type.getName()) && !names.contains(type.getCanonicalName())) {
        missing.add(type.getName());
      }
    }
    assertThat(missing)
        .as("classes the app reads from request bodies without a schema in %s",
            ModelSchemas.DIRECTORY)
        .isEmpty();
  }

  @Test
  void everyModelSchema_isWellFormedAndUsesOnlyCheckedKeywords() throws IOException {
    assertNoProblems("schemas that are malformed or use keywords the truth tests do not check",
        TRUTH::structure);
  }

  @Test
  void everyModelExample_deserialisesAndPassesBeanValidation() throws IOException {
    assertNoProblems("examples the app does not accept as documented", TRUTH::example);
  }

  @Test
  void everyModelSchema_acceptsItsOwnExample() throws IOException {
    assertNoProblems("schemas that reject their own example", TRUTH::schemaAcceptsExample);
  }

  @Test
  void everyModelSchema_documentsExactlyTheJsonPropertiesOfItsClass() throws IOException {
    assertNoProblems("schemas whose properties differ from their class's", TRUTH::properties);
  }

  @Test
  void everyConstraintMutation_isRejectedByTheSchemaAndByTheApp() throws IOException {
    List<ModelSchema> requests = requestSchemas();
    assertThat(requests.stream().mapToLong(m -> Mutations.violating(m).size()).sum())
        .as("violating mutations of the request models' schemas").isPositive();
    assertNoProblems("mutations that break one constraint but are not rejected by both the schema"
        + " and the app", requests, TRUTH::violatingMutations);
  }

  @Test
  void everyValueTheSchemaAllowsAtAConstraintsEdge_isAcceptedByTheApp() throws IOException {
    assertNoProblems("values the schema accepts and the app rejects", requestSchemas(),
        TRUTH::conformingValues);
  }

  @Test
  void everyBeanValidationConstraint_isExpressedInTheSchema() throws IOException {
    assertNoProblems("Bean Validation constraints that no schema keyword expresses",
        requestSchemas(), TRUTH::coverage);
  }

  private static List<ModelSchema> schemas() throws IOException {
    List<ModelSchema> schemas = ModelSchemas.readAll();
    assertThat(schemas).as(ModelSchemas.NONE_EMITTED).isNotEmpty();
    return schemas;
  }

  /** The schemas of the models the app reads from request bodies. */
  private static List<ModelSchema> requestSchemas() throws IOException {
    return schemas().stream().filter(m -> REQUEST_MODELS.contains(m.javaType())).toList();
  }

  private static void assertNoProblems(String what, Function<ModelSchema, List<String>> check)
      throws IOException {
    assertNoProblems(what, schemas(), check);
  }

  private static void assertNoProblems(
      String what, List<ModelSchema> schemas, Function<ModelSchema, List<String>> check) {
    List<String> problems = new ArrayList<>();
    for (ModelSchema schema : schemas) {
      problems.addAll(check.apply(schema));
    }
    assertThat(problems)
        .as("%s (%s):%n  %s", what, ModelSchemas.DIRECTORY,
            String.join(System.lineSeparator() + "  ", problems))
        .isEmpty();
  }
}
