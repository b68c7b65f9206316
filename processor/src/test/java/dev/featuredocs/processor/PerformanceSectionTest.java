package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Performance Considerations: what the library fixture's code does for speed, and where it does not. */
class PerformanceSectionTest {
  private final String performance = Summaries.section(
      Compilations.summary(Compilations.compile(Fixtures.load("persistence")), "library-loans"),
      "### Optimizations Implemented");

  @Test
  void databaseQueries_listFetchTypesPaginationReadOnlyTransactionsAndIndexUse() {
    assertTrue(performance.contains("""
        - **Database Queries**:
          - `Book.loans`: `@OneToMany` fetched LAZY (JPA's default for @OneToMany): loaded when first read
          - `Loan.book`: `@ManyToOne` fetched EAGER (JPA's default for @ManyToOne): loaded with every `Loan`
          - `LoanRepository#findByBookId(...)`: paged or sorted by the caller: takes `Pageable`, returns `Page<Loan>`
          - `LoanService#overdue(...)`: read-only transaction (`@Transactional(readOnly = true)`)
          - `BookRepository#findByIsbn(...)`: filters on `books.isbn`: served by an index
        """), performance);
    assertTrue(performance.contains("  - `LoanRepository#findByMemberAndReturnedFalseOrderByDueAtAsc(...)`: filters on"
        + " `loan.member`, `loan.returned`, which no index serves: a full table scan as the table grows\n"), performance);
    assertTrue(performance.contains("  - `LoanRepository#findByBookIdAndDueAtBefore(...)`: filters on `loan.book_id` through"
        + " an index, then on `loan.due_at`, which no index serves, row by row among those\n"), performance);
    assertTrue(performance.contains("  - `LoanRepository#existsByBookIdAndIdNot(...)`: filters on `loan.book_id`:"
        + " served by an index\n"), performance);
    assertTrue(performance.contains("  - `LoanRepository#findByBookIsbn(...)`: filters on `books.isbn`:"
        + " served by an index\n"), performance);
    assertTrue(performance.contains("  - `BookRepository#findTop3ByOrderByPublishedOnDesc(...)`: no filter:"
        + " reads every row of `books`\n"), performance);
  }

  @Test
  void caching_listsCacheableAndCacheEvictWithCacheAndKey() {
    assertTrue(performance.contains("""
        - **Caching**:
          - `LoanService#overdue(...)`: `@Cacheable`: the result is cached in cache `overdue`, key `#now`
          - `LoanService#returnBook(...)`: `@CacheEvict`: evicts every entry of cache `overdue`
        """), performance);
  }

  @Test
  void asyncOperations_listAsyncMethodsAndFutures() {
    assertTrue(performance.contains("""
        - **Async Operations**:
          - `LoanService#countAsync()`: `@Async`: runs on a task executor, the caller does not wait
          - `LoanService#countAsync()`: asynchronous: returns `CompletableFuture<Long>`
        - **Resource Management**:
          - `LoanService#returnBook(...)`: runs in a transaction (`@Transactional`)
        """), performance);
  }

  @Test
  void featureWithNothingToShow_saysSoUnderEachHeading() {
    String plain = Summaries.section(Compilations.summaryOf("plain",
        """
        package com.plain;

        @dev.featuredocs.annotations.Feature("Plain")
        public class Clock {}
        """), "### Optimizations Implemented");

    assertTrue(plain.contains("""
        - **Caching**:
          - _none: no @Cacheable, @CachePut or @CacheEvict_
        """), plain);
  }
}
