/**
 * Data models as a summary states them: the field table, the JSON example and the JSON Schema
 * of each model. Records only; uses nothing else of the processor.
 */
package dev.featuredocs.processor.model.schema;
