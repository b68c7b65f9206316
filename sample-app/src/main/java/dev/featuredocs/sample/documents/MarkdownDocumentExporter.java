package dev.featuredocs.sample.documents;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Renders documents as Markdown: the title as a heading, the content wrapped at a width. */
@Service
public class MarkdownDocumentExporter implements DocumentExporter {

  @Override
  public String export(Document document, int width) {
    if (document.getStatus() == DocumentStatus.ARCHIVED) {
      throw new DocumentArchivedException(document.getId());
    }
    StringBuilder text = new StringBuilder("# ").append(document.getTitle()).append("\n\n");
    for (String line : wrap(document.getContent() == null ? "" : document.getContent(), width)) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  private static List<String> wrap(String content, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : content.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
