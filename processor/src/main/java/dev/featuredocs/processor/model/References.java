package dev.featuredocs.processor.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a {@code @Feature(prp)} or {@code prd} path points: the path is relative to the repository
 * root ({@code docs/PRPs/sharing.md}, as the file tree shows it), and the summary links to it by a
 * path relative from its own folder ({@code ../PRPs/sharing.md} from {@code docs/features/}). Only
 * paths are computed here, nothing is read: whether the target exists is the caller's question.
 *
 * @param summaryDir the folder of the committed summaries; empty without one (links stay as written)
 * @param root the repository root; empty when unknown (links stay as written)
 */
public record References(Optional<Path> summaryDir, Optional<Path> root) {
  /** No docs directory or no root: every target is linked as written. */
  public static final References AS_WRITTEN = new References(Optional.empty(), Optional.empty());

  /** The file {@code declared} names, when it is a repository-relative path and a root is known. */
  public Optional<Path> target(String declared) {
    if (root.isEmpty() || summaryDir.isEmpty() || !isPath(declared)) {
      return Optional.empty();
    }
    String path = withoutFragment(declared);
    while (path.startsWith("/")) {
      path = path.substring(1); // "/docs/x.md" means the same file as "docs/x.md", as on GitHub
    }
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(root.get().resolve(path).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * The link destination for {@code declared}: relative from the summary's folder to the target,
   * with {@code /} separators and the {@code #fragment} kept; {@code declared} itself for an
   * http(s) URL, anything that is not a path, or when no root is known.
   */
  public String destination(String declared) {
    Optional<Path> target = target(declared);
    if (target.isEmpty()) {
      return declared;
    }
    Path from = summaryDir.get().normalize();
    String relative = from.relativize(target.get()).toString().replace('\\', '/');
    String fragment = declared.strip().substring(withoutFragment(declared).length());
    return (relative.isEmpty() ? "." : relative) + fragment;
  }

  /** A relative path or an absolute one without a scheme: not {@code http:}, {@code javascript:}, {@code //host}. */
  private static boolean isPath(String declared) {
    String clean = declared.strip();
    return !clean.isEmpty() && !clean.toLowerCase(Locale.ROOT).matches("(?s)[a-z][a-z0-9+.-]*:.*")
        && !clean.startsWith("//") && !clean.startsWith("\\") && !clean.startsWith("#");
  }

  private static String withoutFragment(String declared) {
    String clean = declared.strip();
    int hash = clean.indexOf('#');
    int query = clean.indexOf('?');
    int end = hash < 0 ? query : query < 0 ? hash : Math.min(hash, query);
    return end < 0 ? clean : clean.substring(0, end);
  }
}
