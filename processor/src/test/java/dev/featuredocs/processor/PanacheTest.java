package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Persistence beyond Spring Data: Quarkus Panache entities and repositories, EntityManager JPQL. */
class PanacheTest {
  private static final String RESOURCE = """
      package com.shelf;

      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      import jakarta.ws.rs.PathParam;
      import java.util.List;

      /** Books over HTTP. */
      @dev.featuredocs.annotations.Feature("Shelf")
      @Path("/books")
      public class BookResource {
        private final BookRepository books;
        private final AuthorService authors;

        public BookResource(BookRepository books, AuthorService authors) {
          this.books = books;
          this.authors = authors;
        }

        /** Books by ISBN. */
        @GET
        @Path("/{isbn}")
        public List<Book> byIsbn(@PathParam("isbn") String isbn) {
          return books.byIsbn(isbn);
        }
      }
      """;
  private static final String BOOK = """
      package com.shelf;

      import io.quarkus.hibernate.orm.panache.PanacheEntity;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Index;
      import jakarta.persistence.Table;

      /** A book on the shelf. */
      @Entity
      @Table(name = "book", indexes = @Index(columnList = "isbn"))
      public class Book extends PanacheEntity {
        public String isbn;
        public String title;
        public String status;
      }
      """;
  private static final String REPOSITORY = """
      package com.shelf;

      import io.quarkus.hibernate.orm.panache.PanacheRepository;
      import jakarta.enterprise.context.ApplicationScoped;
      import java.util.List;

      /** Finds books. */
      @ApplicationScoped
      public class BookRepository implements PanacheRepository<Book> {
        public List<Book> byIsbn(String isbn) {
          return list("isbn", isbn);
        }

        public List<Book> shelved(String status) {
          return find("status = ?1 order by title", status).list();
        }

        public long purge() {
          return delete("status", "GONE");
        }
      }
      """;
  private static final String AUTHOR = """
      package com.shelf;

      import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;

      /** An author, active record. */
      @Entity
      public class Author extends PanacheEntityBase {
        @Id public long id;
        public String name;

        public static Author named(String name) {
          return find("lower(name) = ?1", name.toLowerCase()).<Author>firstResultOptional().orElse(null);
        }
      }
      """;
  private static final String SERVICE = """
      package com.shelf;

      import jakarta.enterprise.context.ApplicationScoped;
      import jakarta.persistence.EntityManager;
      import java.util.List;

      /** Authors and their books. */
      @ApplicationScoped
      public class AuthorService {
        private final EntityManager em;

        AuthorService(EntityManager em) {
          this.em = em;
        }

        public long prolific() {
          return Author.count("name <> ?1", "anonymous");
        }

        public List<?> titles(String name) {
          return em.createQuery("select b.title from Book b where b.title like :t").getResultList();
        }
      }
      """;

  @Test
  void panacheRepositoryActiveRecordAndEntityManager_queriesAsHqlOverColumnsWithIndexFindings() {
    String summary = Compilations.summaryOf("shelf", RESOURCE, BOOK, REPOSITORY, AUTHOR, SERVICE);
    assertTrue(summary.contains("**API Architecture**: 1 controller (`BookResource`); 1 service (`AuthorService`);"
        + " 1 repository (`BookRepository`)."), summary);
    assertTrue(summary.contains("""
        #### Repositories and Query Methods
        **Author** (entity `Author`, table `author`):
        - `AuthorService.prolific() -> long` — HQL: `SELECT COUNT(*) FROM Author WHERE name <> ?1`; filters on `author.name`
        - `named(String name) -> Author` — HQL: `FROM Author WHERE lower(name) = ?1`; filters on `author.name`; \
        **no index serves** `author.name`

        **AuthorService**:
        - `titles(String name) -> List<?>` — JPQL: `select b.title from Book b where b.title like :t`; \
        filters on `book.title`; **no index serves** `book.title`

        **BookRepository** (entity `Book`, table `book`):
        - `byIsbn(String isbn) -> List<Book>` — HQL: `FROM Book WHERE isbn = ?1`; filters on `book.isbn`
        - `shelved(String status) -> List<Book>` — HQL: `FROM Book WHERE status = ?1 order by title`; \
        filters on `book.status`; **no index serves** `book.status`
        - `purge() -> long` — HQL: `DELETE FROM Book WHERE status = ?1`; filters on `book.status`; \
        **no index serves** `book.status`
        """), summary);
    assertTrue(summary.contains("""
        CREATE TABLE book (
            id     BIGINT NOT NULL,
            isbn   VARCHAR(255),
            title  VARCHAR(255),
            status VARCHAR(255),
            PRIMARY KEY (id)
        );
        -- id: generated by the JPA provider, strategy AUTO
        """), summary);
  }
}
