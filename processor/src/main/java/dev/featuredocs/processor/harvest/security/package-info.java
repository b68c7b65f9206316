/**
 * Security: the filter chain and method security, who may call each endpoint, input validation
 * and what error handling exposes. May use the harvest packages above it ({@code javac},
 * {@code component}, {@code schema}, {@code web}), {@code model}, {@code source}.
 */
package dev.featuredocs.processor.harvest.security;
