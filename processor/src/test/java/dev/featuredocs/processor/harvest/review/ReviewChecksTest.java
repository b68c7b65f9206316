package dev.featuredocs.processor.harvest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.featuredocs.processor.harvest.persistence.QueryIndexes;
import dev.featuredocs.processor.harvest.security.PathPatterns;
import dev.featuredocs.processor.model.review.CriterionDoc;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small decisions behind the computed sections: path patterns, verbs in paths, loose types, health names. */
class ReviewChecksTest {

  @Test
  void pathPatterns_coverOnlyWhatMatchesEveryRequestToTheEndpoint() {
    assertTrue(PathPatterns.covers("/v3/api-docs/**", "/v3/api-docs/swagger-config"));
    assertTrue(PathPatterns.covers("/api/**", "/api"));
    assertTrue(PathPatterns.covers("/api/**", "/api/documents/{id}/shares"));
    assertTrue(PathPatterns.covers("/api/documents/*", "/api/documents/{id}"));
    assertTrue(PathPatterns.covers("/api/documents/{documentId}", "/api/documents/{id}"));
    assertTrue(PathPatterns.covers("/files/*.pdf", "/files/report.pdf"));
    assertFalse(PathPatterns.covers("/api/documents/42", "/api/documents/{id}"), "a literal covers one id only");
    assertFalse(PathPatterns.covers("/api/documents/*", "/api/documents/{id}/shares"));
    assertFalse(PathPatterns.covers("/api/documents", "/api/documents/{id}"));
  }

  @Test
  void verbs_firstWordOfALiteralSegment() {
    assertEquals(Optional.of("create"), SuccessCriteria.verb("/api/reports/createReport"));
    assertEquals(Optional.of("delete"), SuccessCriteria.verb("/api/documents/{id}/delete-all"));
    assertEquals(Optional.of("get"), SuccessCriteria.verb("/get_documents"));
    assertEquals(Optional.empty(), SuccessCriteria.verb("/api/documents/{getId}/shares"));
    assertEquals(Optional.empty(), SuccessCriteria.verb("/api/settings"), "'settings' is a noun, not 'set'");
    assertEquals(Optional.empty(), SuccessCriteria.verb("/api/updates"));
  }

  @Test
  void looseTypes_objectJsonNodeAndRawCollections() {
    assertTrue(SuccessCriteria.isLoose("Object"));
    assertTrue(SuccessCriteria.isLoose("Map<String, Object>"));
    assertTrue(SuccessCriteria.isLoose("Map"));
    assertTrue(SuccessCriteria.isLoose("List"));
    assertTrue(SuccessCriteria.isLoose("JsonNode"));
    assertFalse(SuccessCriteria.isLoose("Map<String, Integer>"));
    assertFalse(SuccessCriteria.isLoose("List<ShareResponse>"));
    assertFalse(SuccessCriteria.isLoose("ObjectId"));
    assertFalse(SuccessCriteria.isLoose("Page<Document>"));
  }

  @Test
  void healthComponentName_isTheBeanNameWithoutItsSuffix() {
    assertEquals("documentStore", TroubleshootingHarvester.component("documentStoreHealthIndicator"));
    assertEquals("db", TroubleshootingHarvester.component("dbHealthContributor"));
    assertEquals("custom", TroubleshootingHarvester.component("custom"));
  }

  @Test
  void databaseCriterion_overThePersistenceFactsItIsGiven() {
    SuccessCriteria criteria = new SuccessCriteria(null, null, null, null, false);

    CriterionDoc none = criteria.databaseCriterion(List.of(), QueryIndexes.NONE);
    assertEquals(CriterionDoc.Verdict.NOT_EVALUATED, none.verdict());
    assertEquals("not evaluated: no persistence facts", none.evidence());

    CriterionDoc unmet = criteria.databaseCriterion(List.of(), QueryIndexes.of(List.of(
        new QueryIndexes.FilteredQuery("DocumentRepository", "DocumentRepository#findByOwner",
            List.of("documents.owner"), true, List.of()),
        new QueryIndexes.FilteredQuery("DocumentRepository", "DocumentRepository#findByTitle",
            List.of("documents.title"), true, List.of("documents.title")))));
    assertEquals(CriterionDoc.Verdict.UNMET, unmet.verdict());
    assertEquals("1/2 query methods filter only on indexed columns", unmet.evidence());
    assertEquals(List.of("DocumentRepository#findByTitle: filters on documents.title, which no index covers"),
        unmet.failing());

    CriterionDoc met = criteria.databaseCriterion(List.of(), QueryIndexes.of(List.of(
        new QueryIndexes.FilteredQuery("DocumentRepository", "DocumentRepository#findByOwner",
            List.of("documents.owner"), true, List.of()))));
    assertEquals(CriterionDoc.Verdict.MET, met.verdict());
    assertEquals("1/1 query methods filter only on indexed columns", met.evidence());

    assertEquals(CriterionDoc.Verdict.NOT_EVALUATED,
        criteria.databaseCriterion(List.of(), QueryIndexes.of(List.of())).verdict());
  }
}
