package dev.featuredocs.processor.harvest.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spring Data method names taken apart as PartTree does. */
class DerivedQueryTest {
  @Test
  void subjectLimitPredicateAndOrderAreSeparated() {
    DerivedQuery query = DerivedQuery.parse("findDistinctTop5ByOwnerAndStatusInOrderByCreatedAtDescTitleAsc").orElseThrow();

    assertEquals("find", query.verb());
    assertEquals(5, query.limit());
    assertEquals(List.of("Owner", "Status"), query.parts().stream().map(DerivedQuery.Part::property).toList());
    assertEquals("%s IN (?)", query.parts().get(1).condition());
    assertEquals(List.of(new DerivedQuery.Order("CreatedAt", "DESC"), new DerivedQuery.Order("Title", "ASC")),
        query.orders());
  }

  @Test
  void orAndIgnoreCaseAreRead() {
    DerivedQuery query = DerivedQuery.parse("countByTitleOrSummaryAllIgnoreCase").orElseThrow();

    assertTrue(query.or());
    assertEquals("UPPER(%s) = UPPER(?)", query.parts().get(0).condition());
    assertEquals("UPPER(%s) = UPPER(?)", query.parts().get(1).condition());
  }

  @Test
  void aPropertyThatEndsLikeAKeywordKeepsItsWholeName() {
    DerivedQuery.Part part = DerivedQuery.parse("findByCheckIn").orElseThrow().parts().get(0);

    assertEquals("Check", part.property(), "Spring Data reads the keyword In first");
    assertEquals("CheckIn", part.whole(), "the whole name is tried when check is no property");
  }

  @Test
  void namesThatAreNoQueriesAreRejected() {
    assertTrue(DerivedQuery.parse("overdue").isEmpty());
    assertTrue(DerivedQuery.parse("findAll").isEmpty());
  }
}
