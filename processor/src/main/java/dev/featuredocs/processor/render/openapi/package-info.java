/**
 * The OpenAPI 3.1 document of a compilation's features, built from the same {@code FeatureSummary}
 * models the summaries are rendered from: servers, paths, parameters, bodies, responses, security and the
 * models' JSON Schemas as {@code components.schemas}. Uses the model and {@code json} only.
 */
package dev.featuredocs.processor.render.openapi;
