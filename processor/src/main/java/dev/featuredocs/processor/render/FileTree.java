package dev.featuredocs.processor.render;

import dev.featuredocs.processor.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws source files as the template's tree: the common directory on the first line, then
 * {@code ├──}/{@code └──} branches, each file followed by {@code # its role}, comments aligned.
 */
final class FileTree {
  private FileTree() {}

  static String draw(String sourceRoot, List<SourceFile> files) {
    if (files.isEmpty()) {
      return "";
    }
    Node root = new Node();
    for (SourceFile file : files) {
      Node node = root;
      String[] segments = file.path().split("/");
      for (int i = 0; i < segments.length - 1; i++) {
        node = node.children.computeIfAbsent(segments[i] + "/", k -> new Node());
      }
      Node leaf = node.children.computeIfAbsent(segments[segments.length - 1], k -> new Node());
      leaf.role = file.role();
    }
    StringBuilder top = new StringBuilder(sourceRoot.isEmpty() ? "" : sourceRoot + "/");
    Node start = root;
    while (start.children.size() == 1 && start.children.firstKey().endsWith("/")) {
      top.append(start.children.firstKey());
      start = start.children.firstEntry().getValue();
    }
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {top.length() == 0 ? "./" : top.toString(), null});
    draw(start, "", lines);
    int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      out.append(line[0]);
      if (line[1] != null && !line[1].isEmpty()) {
        out.append(" ".repeat(width - line[0].length() + 2)).append("# ").append(line[1]);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void draw(Node node, String indent, List<String[]> lines) {
    // Directories first, then files, each alphabetically: the order a file browser shows.
    List<Map.Entry<String, Node>> entries = new ArrayList<>();
    node.children.entrySet().stream().filter(e -> e.getKey().endsWith("/")).forEach(entries::add);
    node.children.entrySet().stream().filter(e -> !e.getKey().endsWith("/")).forEach(entries::add);
    for (int i = 0; i < entries.size(); i++) {
      boolean last = i == entries.size() - 1;
      Map.Entry<String, Node> entry = entries.get(i);
      String name = entry.getKey();
      Node child = entry.getValue();
      // Collapse directory chains with a single child: dev/featuredocs/ on one line.
      while (name.endsWith("/") && child.children.size() == 1 && child.children.firstKey().endsWith("/")) {
        name += child.children.firstKey();
        child = child.children.firstEntry().getValue();
      }
      lines.add(new String[] {indent + (last ? "└── " : "├── ") + name, child.role});
      if (name.endsWith("/")) {
        draw(child, indent + (last ? "    " : "│   "), lines);
      }
    }
  }

  private static final class Node {
    final TreeMap<String, Node> children = new TreeMap<>();
    String role;
  }
}
