package dev.featuredocs.sample;

import static dev.featuredocs.sample.JsonNodes.with;

import com.networknt.schema.Error;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import dev.featuredocs.sample.Mutations.Mutation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Records the mutations of one model's example in the order {@link Mutations} and
 * {@link KeywordMutations} find them: of a violating mutation's candidate values it keeps the one
 * that best breaks the keyword; of a conforming mutation's, each that the schema accepts.
 */
final class MutationRecorder {

  private final ModelSchema model;
  private final List<Mutation> found = new ArrayList<>();

  MutationRecorder(ModelSchema model) {
    this.model = model;
  }

  /** The mutations recorded so far, in the order they were recorded. */
  List<Mutation> recorded() {
    return List.copyOf(found);
  }

  /**
   * Records a violating mutation: the candidate that breaks {@code keyword} and nothing else if
   * there is one, else one that breaks it among others, else the first (whose acceptance by the
   * schema then shows that the keyword has no effect).
   */
  void violate(
      String label, String keyword, JsonNode schema, JsonNode doc, List<Object> path,
      List<JsonNode> candidates) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (JsonNode candidate : candidates) {
      List<Error> errors = model.errorsAgainst(schema, candidate);
      boolean hits = keyword == null
          ? !errors.isEmpty()
          : errors.stream().anyMatch(e -> keyword.equals(e.getKeyword()));
      boolean only = hits && (keyword == null
          || errors.stream().allMatch(e -> keyword.equals(e.getKeyword())));
      int rank = only ? 0 : hits ? 1 : 2;
      if (rank < bestRank) {
        best = candidate;
        bestRank = rank;
      }
    }
    if (best != null) {
      found.add(new Mutation(label, keyword, with(doc, path, best), best, true));
    }
  }

  /**
   * Records a conforming mutation for every candidate that the part of the schema accepts and
   * that leaves the whole example valid.
   */
  void conform(
      String label, String keyword, JsonNode schema, JsonNode doc, List<Object> path,
      List<JsonNode> candidates) {
    Set<JsonNode> seen = new LinkedHashSet<>();
    for (JsonNode candidate : candidates) {
      if (seen.add(candidate) && model.errorsAgainst(schema, candidate).isEmpty()) {
        JsonNode instance = with(doc, path, candidate);
        if (model.errors(instance).isEmpty()) {
          found.add(new Mutation(label, keyword, instance, candidate, false));
        }
      }
    }
  }

  /**
   * Records the removal of a property: violating when it is required, else conforming (when the
   * rest of the example stays valid).
   */
  void removal(String label, boolean required, JsonNode instance) {
    if (required || model.errors(instance).isEmpty()) {
      found.add(new Mutation(label, "required", instance, null, required));
    }
  }
}
