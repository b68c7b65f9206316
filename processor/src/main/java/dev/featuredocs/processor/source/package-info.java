/**
 * Facts javac's element model lacks, read from source: method bodies and security chains from
 * javac's trees, declarations through javaparser on type outlines, TODO comments. Uses nothing
 * else of the processor; never fails the build for one file.
 */
package dev.featuredocs.processor.source;
