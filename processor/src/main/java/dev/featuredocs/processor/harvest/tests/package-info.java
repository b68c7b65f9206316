/**
 * The test pass: which tests verify which rules and endpoints, read when test sources are
 * compiled. May use {@code harvest.javac}, {@code harvest.feature} (membership), {@code model}.
 */
package dev.featuredocs.processor.harvest.tests;
