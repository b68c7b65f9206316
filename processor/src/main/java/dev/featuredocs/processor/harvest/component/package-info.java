/**
 * What role a type plays in a feature (controller, service, repository, entity, model…) and
 * which of the project's types it injects. May use {@code harvest.javac} and {@code model}.
 */
package dev.featuredocs.processor.harvest.component;
