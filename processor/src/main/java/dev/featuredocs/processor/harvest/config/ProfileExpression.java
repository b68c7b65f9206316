package dev.featuredocs.processor.harvest.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spring's profile expressions ({@code prod}, {@code !dev}, {@code cloud & !test}, {@code (a | b) & c})
 * evaluated against the active profiles; empty when the expression is malformed.
 */
final class ProfileExpression {
  private final List<String> tokens;
  private final List<String> active;
  private int next;

  private ProfileExpression(List<String> tokens, List<String> active) {
    this.tokens = tokens;
    this.active = active;
  }

  static Optional<Boolean> matches(String expression, List<String> active) {
    List<String> tokens = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (char c : expression.toCharArray()) {
      if ("!&|()".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        if (!name.isEmpty()) {
          tokens.add(name.toString());
          name.setLength(0);
        }
        if (!Character.isWhitespace(c)) {
          tokens.add(String.valueOf(c));
        }
      } else {
        name.append(c);
      }
    }
    if (!name.isEmpty()) {
      tokens.add(name.toString());
    }
    ProfileExpression parser = new ProfileExpression(tokens, active);
    try {
      boolean result = parser.or();
      return parser.next == tokens.size() ? Optional.of(result) : Optional.empty();
    } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private boolean or() {
    boolean result = and();
    while (next < tokens.size() && tokens.get(next).equals("|")) {
      next++;
      result |= and();
    }
    return result;
  }

  private boolean and() {
    boolean result = not();
    while (next < tokens.size() && tokens.get(next).equals("&")) {
      next++;
      result &= not();
    }
    return result;
  }

  private boolean not() {
    String token = tokens.get(next++);
    if (token.equals("!")) {
      return !not();
    }
    if (token.equals("(")) {
      boolean inner = or();
      if (!tokens.get(next++).equals(")")) {
        throw new IllegalArgumentException(")");
      }
      return inner;
    }
    if ("&|)".contains(token)) {
      throw new IllegalArgumentException(token);
    }
    return active.contains(token);
  }
}
