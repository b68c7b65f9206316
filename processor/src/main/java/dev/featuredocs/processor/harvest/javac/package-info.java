/**
 * Helpers over javac's element API shared by every harvester: annotations read through mirrors
 * by name ({@code Names}, {@code Mirrors}), module-scoped cached lookups, source paths, javadoc,
 * labels. Uses no other harvest package.
 */
package dev.featuredocs.processor.harvest.javac;
