/**
 * The computed sections that review a feature rather than list it: success criteria,
 * troubleshooting, performance, integration points, the architecture diagram. A new computed
 * section goes here. May use every harvest package except {@code tests} and {@code feature}.
 */
package dev.featuredocs.processor.harvest.review;
