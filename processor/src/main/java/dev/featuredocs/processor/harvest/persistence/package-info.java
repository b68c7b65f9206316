/**
 * Persistence: JPA entities and their tables, Spring Data repositories and their queries,
 * index findings, Flyway/Liquibase migrations. May use {@code harvest.javac},
 * {@code harvest.component}, {@code model}, {@code source}.
 */
package dev.featuredocs.processor.harvest.persistence;
