/**
 * The app's own configuration as code cannot show it: {@code application.properties} and
 * {@code application.yml} read once per compilation, and the conditions ({@code @ConditionalOnProperty},
 * {@code @Profile}) and base paths they decide. Uses {@code harvest.javac} and {@code model} only.
 */
package dev.featuredocs.processor.harvest.config;
