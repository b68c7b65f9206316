/**
 * The sections that review a feature: success criteria, troubleshooting, performance,
 * integration points, technical debt and the architecture diagram. Records only; uses nothing else.
 */
package dev.featuredocs.processor.model.review;
