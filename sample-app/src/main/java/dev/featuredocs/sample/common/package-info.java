/**
 * What every feature shares: who may call the API (HTTP Basic users and roles, method security),
 * one JSON error body, and one mapping from exceptions to HTTP status codes.
 *
 * <p>Belongs to no feature on purpose: both "Document Management" and "Document Sharing" rely on
 * it, so it names neither.
 */
package dev.featuredocs.sample.common;
