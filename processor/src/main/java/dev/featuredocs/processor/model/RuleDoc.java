package dev.featuredocs.processor.model;

/**
 * A business rule.
 *
 * @param number its position in the feature's numbered list, from 1
 * @param id its stable id, empty when none was given
 * @param text the rule
 * @param enforcedIn where it is enforced, e.g. {@code DocumentSharingService#share}
 */
public record RuleDoc(int number, String id, String text, String enforcedIn) {}
