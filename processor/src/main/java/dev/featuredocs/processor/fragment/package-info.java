/**
 * Splits a feature's summary into per-package fragments and merges the fragments other
 * compiles left (multi-module and incremental builds). May use {@code model} only.
 */
package dev.featuredocs.processor.fragment;
