/**
 * Database facts: tables with columns and indexes, repositories with their queries, migrations.
 * Records only; uses nothing else of the processor.
 */
package dev.featuredocs.processor.model.persistence;
