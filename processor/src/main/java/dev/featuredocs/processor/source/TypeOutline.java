package dev.featuredocs.processor.source;

import java.util.List;

/**
 * A type declaration cut down to what {@link TypeSource} shows, as Java text: the header as written
 * (annotations, modifiers, name, record components, supertypes), then the enum constants and the
 * non-static fields, each as written; no comments before the header, no methods, constructors,
 * initializer blocks or nested types. javaparser parses this instead of the whole file: the same
 * declaration for a fraction of the tokens (a file's package, imports, javadoc and method bodies are
 * most of it).
 *
 * <p>The cuts come from the compiler's start positions of the type and its members; where each one
 * ends is found here with a small lexer (javac keeps end positions only when asked to), which
 * skips comments and string, character and text-block literals and counts brackets.
 */
public final class TypeOutline {
  private TypeOutline() {}

  /**
   * A member of the type, by its start position in the file.
   *
   * @param start where the compiler says the member starts (its first annotation or modifier)
   * @param enumConstant an enum constant (ends at its {@code ,} or {@code ;}), else a field (ends at its {@code ;})
   */
  public record Member(int start, boolean enumConstant) {}

  /**
   * The outline of the type starting at {@code start} in {@code source}, with {@code members}
   * (enum constants and non-static fields, in source order; record components are part of the
   * header and not members); {@code enumType}: the type is an enum, whose constants must end with a
   * {@code ;} before its fields. Empty when the text does not look as expected (a malformed file).
   */
  public static java.util.Optional<String> of(CharSequence source, int start, boolean enumType, List<Member> members) {
    if (start < 0 || start >= source.length()) {
      return java.util.Optional.empty();
    }
    int open = scan(source, start, Stop.BODY);
    if (open < 0) {
      return java.util.Optional.empty();
    }
    StringBuilder constants = new StringBuilder();
    StringBuilder fields = new StringBuilder();
    int covered = open + 1;
    for (Member member : members) {
      if (member.start() < 0) {
        return java.util.Optional.empty(); // a member without a position: only the whole file shows it
      }
      if (member.start() < covered) {
        continue; // a second declarator of `int a, b;`, or a record component: already in the text
      }
      int end = scan(source, member.start(), member.enumConstant() ? Stop.CONSTANT : Stop.FIELD);
      if (end < 0) {
        return java.util.Optional.empty();
      }
      if (member.enumConstant()) {
        constants.append(constants.length() == 0 ? "" : ",\n").append(source, member.start(), end);
      } else {
        fields.append(source, member.start(), end + 1).append('\n');
      }
      covered = end + 1;
    }
    StringBuilder text = new StringBuilder(source.length() / 4);
    text.append(source, start, open + 1).append('\n');
    if (enumType) {
      text.append(constants).append(";\n");
    }
    return java.util.Optional.of(text.append(fields).append("}\n").toString());
  }

  private enum Stop { BODY, FIELD, CONSTANT }

  /**
   * The position of the character that ends the construct at {@code from}: the body's {@code {}
   * outside brackets ({@code BODY}), the {@code ;} outside brackets ({@code FIELD}), or the
   * {@code ,} or {@code ;} outside brackets, or the enum body's closing brace ({@code CONSTANT});
   * -1 when the text ends first.
   */
  private static int scan(CharSequence source, int from, Stop stop) {
    int depth = 0;
    int n = source.length();
    int i = from;
    while (i < n) {
      int skipped = Math.max(JavaText.commentEnd(source, i), JavaText.literalEnd(source, i));
      if (skipped >= 0) {
        i = skipped;
        continue;
      }
      char c = source.charAt(i);
      if (depth == 0) {
        if (stop == Stop.BODY && c == '{') {
          return i;
        }
        if (stop != Stop.BODY && c == ';') {
          return i;
        }
        if (stop == Stop.CONSTANT && (c == ',' || c == '}')) {
          return i;
        }
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      i++;
    }
    return -1;
  }
}
