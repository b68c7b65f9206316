/**
 * Security Considerations: authentication, who may call each endpoint, input validation, and
 * what error handling does with exceptions. Records only; uses nothing else of the processor.
 */
package dev.featuredocs.processor.model.security;
