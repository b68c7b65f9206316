package dev.featuredocs.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the endpoints that committed summaries document, from their "API Endpoints Implemented"
 * section, so tests can hold them against the running application.
 *
 * <p>The format is the one featuredocs emits: the section runs from the line
 * {@code ### API Endpoints Implemented} to the next heading of level three or higher; each endpoint
 * starts at {@code #### METHOD /path} and carries {@code **Key**: value} lines (ending in two
 * spaces, Markdown hard breaks), a parameter table or {@code **Parameters**: _none_}, request and
 * response types with optional {@code ```json} examples or {@code _no body_}, and a status list
 * whose one {@code success} line is the success status.
 *
 * <p>Parsing is strict on purpose: a summary that does not follow the format fails with the file,
 * the line and what was expected, rather than being read as "no endpoints".
 */
final class SummaryEndpoints {

  /** The heading that opens the section. */
  static final String SECTION = "### API Endpoints Implemented";

  private static final Pattern ENDPOINT =
      Pattern.compile("^#### (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (/\\S*)$");
  private static final Pattern SECTION_END = Pattern.compile("^#{1,3} ");
  private static final Pattern ERROR_BODY =
      Pattern.compile("^(?:`([^`]+)`|body not known from code) for ((?:\\d{3}|\\?)(?:, (?:\\d{3}|\\?))*)$");
  private static final Pattern FIELD = Pattern.compile("^\\*\\*([^*]+)\\*\\*:(.*)$");
  private static final Pattern STATUS = Pattern.compile("^- `(\\d{3})` [—–-] (.*)$");
  private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");
  private static final Set<String> LOCATIONS = Set.of("path", "query", "header", "cookie", "form", "matrix");
  private static final String NONE = "_none_";
  private static final String NO_BODY = "_no body_";

  private SummaryEndpoints() {}

  /**
   * One row of an endpoint's parameter table.
   *
   * @param name the parameter's name, without backticks
   * @param in where it goes: path, query, header, cookie or form
   * @param type its type, without backticks
   * @param required whether the table says {@code yes}
   * @param defaultValue the default without backticks, or the empty string
   * @param constraints the constraints cell, as written
   * @param description the description cell, as written
   */
  record Parameter(
      String name,
      String in,
      String type,
      boolean required,
      String defaultValue,
      String constraints,
      String description) {}

  /**
   * One line of an endpoint's status list.
   *
   * @param code the HTTP status code
   * @param text what follows the dash, such as {@code success (`ResponseEntity.created(…)`)}
   */
  record Status(int code, String text) {

    boolean isSuccess() {
      return text.startsWith("success");
    }
  }

  /**
   * One documented endpoint.
   *
   * @param method the HTTP method, upper case
   * @param path the path template, such as {@code /api/documents/{id}}
   * @param source the file and line of its heading, for messages
   * @param purpose the Purpose line, or {@code null}
   * @param handler the Handler line without backticks, or {@code null}
   * @param security the Security line as written (backticks removed), or {@code null}
   * @param consumes the media types of the Consumes line; empty when absent
   * @param produces the media types of the Produces line; empty when absent
   * @param parameters the parameter table's rows; empty for {@code _none_}
   * @param requestType the request body's type, or {@code null} for {@code _no body_}
   * @param requestExample the request's JSON example, or {@code null} when there is none
   * @param responseType the response body's type, or {@code null} for {@code _no body_}
   * @param responseExample the response's JSON example, or {@code null} when there is none
   * @param statuses the status list, in order
   * @param errorBodies the Error bodies line: per error status code, the documented body type;
   *     a code whose body the summary says it does not know is absent
   */
  record Endpoint(
      String method,
      String path,
      String source,
      String purpose,
      String handler,
      String security,
      List<String> consumes,
      List<String> produces,
      List<Parameter> parameters,
      String requestType,
      String requestExample,
      String responseType,
      String responseExample,
      List<Status> statuses,
      Map<Integer, String> errorBodies) {

    /** {@code METHOD /path}, as in the heading and in messages. */
    String key() {
      return method + " " + path;
    }

    /** The one status documented as {@code success}. */
    int successStatus() {
      return statuses.stream().filter(Status::isSuccess).findFirst().orElseThrow().code();
    }
  }

  /**
   * Reads every summary ({@code *.md}) in a directory, in file-name order.
   *
   * @param directory the summaries' directory, such as {@code docs/features}
   * @return the documented endpoints of all summaries
   * @throws IOException when a file cannot be read
   */
  static List<Endpoint> read(Path directory) throws IOException {
    List<Path> files = summaryFiles(directory);
    List<Endpoint> endpoints = new ArrayList<>();
    for (Path file : files) {
      String markdown = Files.readString(file, StandardCharsets.UTF_8);
      endpoints.addAll(parse(markdown, file.getFileName().toString()));
    }
    return endpoints;
  }

  /**
   * The summaries in a directory, in file-name order: its {@code *.md} files but the index of them,
   * {@code README.md}.
   *
   * @param directory the summaries' directory, such as {@code docs/features}
   * @return the summary files
   * @throws IOException when the directory cannot be listed
   */
  static List<Path> summaryFiles(Path directory) throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
  }

  /**
   * Parses one summary.
   *
   * @param markdown the summary's text
   * @param source its name, for messages
   * @return its documented endpoints, in order; empty when it has no endpoint section or the
   *     section documents none
   * @throws IllegalArgumentException naming the file and line where the format is broken
   */
  static List<Endpoint> parse(String markdown, String source) {
    List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
    List<Endpoint> endpoints = new ArrayList<>();
    boolean inSection = false;
    boolean inFence = false;
    int blockStart = -1;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : null;
      boolean fence = line != null && line.startsWith("```");
      boolean heading = line != null && !inFence && line.startsWith("#");
      boolean endsBlock =
          line == null
              || heading && (SECTION_END.matcher(line).find() || line.startsWith("#### "));
      if (inSection && endsBlock && blockStart >= 0) {
        endpoints.add(endpoint(lines, blockStart, i, source));
        blockStart = -1;
      }
      if (line == null) {
        break;
      }
      if (fence) {
        inFence = !inFence;
      } else if (heading && SECTION_END.matcher(line).find()) {
        inSection = line.stripTrailing().equals(SECTION);
      } else if (inSection && heading && line.startsWith("#### ")) {
        if (!ENDPOINT.matcher(line.stripTrailing()).matches()) {
          throw error(
              source, i, "expected an endpoint heading '#### METHOD /path', found: " + line);
        }
        blockStart = i;
      }
    }
    return List.copyOf(endpoints);
  }

  /** Parses the lines {@code [start, end)}: a heading and the endpoint's description. */
  private static Endpoint endpoint(List<String> lines, int start, int end, String source) {
    Matcher heading = ENDPOINT.matcher(lines.get(start).stripTrailing());
    heading.matches();
    String where = source + ":" + (start + 1);
    String purpose = null;
    String handler = null;
    String security = null;
    List<String> consumes = List.of();
    List<String> produces = List.of();
    List<Parameter> parameters = null;
    String[] request = null;
    String[] response = null;
    List<Status> statuses = null;
    Map<Integer, String> errorBodies = new java.util.TreeMap<>();
    int i = start + 1;
    while (i < end) {
      Matcher field = FIELD.matcher(lines.get(i).stripTrailing());
      if (!field.matches()) {
        i++;
        continue;
      }
      String key = field.group(1);
      String value = field.group(2).strip();
      i++;
      switch (key) {
        case "Purpose" -> purpose = value;
        case "Handler" -> handler = unquote(value);
        case "Security" -> security = unquote(value);
        case "Consumes" -> consumes = quoted(value);
        case "Produces" -> produces = quoted(value);
        case "Parameters" -> {
          if (value.equals(NONE)) {
            parameters = List.of();
          } else if (value.isEmpty()) {
            List<Parameter> rows = new ArrayList<>();
            i = table(lines, i, end, source, rows);
            parameters = List.copyOf(rows);
          } else {
            throw error(source, i - 1, "expected '**Parameters**:' or '**Parameters**: _none_'");
          }
        }
        case "Request", "Response" -> {
          String[] body = new String[2];
          if (!value.equals(NO_BODY)) {
            // "`List<Order>` — model [Order](#order) (full example under Data Models)": the type is the quoted part
            int link = value.indexOf(" — model [");
            body[0] = unquote(link < 0 ? value : value.substring(0, link));
            i = jsonExample(lines, i, end, source, body);
          }
          if (key.equals("Request")) {
            request = body;
          } else {
            response = body;
          }
        }
        case "Status Codes" -> {
          List<Status> list = new ArrayList<>();
          while (i < end && lines.get(i).startsWith("- ")) {
            Matcher status = STATUS.matcher(lines.get(i).stripTrailing());
            if (!status.matches()) {
              throw error(source, i, "expected '- `NNN` — text', found: " + lines.get(i));
            }
            list.add(new Status(Integer.parseInt(status.group(1)), status.group(2).strip()));
            i++;
          }
          statuses = List.copyOf(list);
        }
        case "Error bodies" -> {
          // "`ErrorResponse` for 400, 403; body not known from code for 401"
          for (String group : value.split("; ")) {
            Matcher body = ERROR_BODY.matcher(group);
            if (!body.matches()) {
              throw error(source, i - 1, "expected '`Type` for NNN, NNN' in the Error bodies line, found: " + group);
            }
            if (body.group(1) != null) {
              for (String code : body.group(2).split(", ")) {
                if (!code.equals("?")) {
                  errorBodies.put(Integer.parseInt(code), body.group(1));
                }
              }
            }
          }
        }
        default -> {
          // Other fields (added by later versions) are not needed by the tests.
        }
      }
    }
    if (parameters == null) {
      throw error(source, start, heading.group(0) + ": no '**Parameters**:' line");
    }
    if (statuses == null || statuses.stream().filter(Status::isSuccess).count() != 1) {
      throw error(source, start, heading.group(0) + ": expected exactly one 'success' status");
    }
    return new Endpoint(
        heading.group(1),
        heading.group(2),
        where,
        purpose,
        handler,
        security,
        consumes,
        produces,
        parameters,
        request == null ? null : request[0],
        request == null ? null : request[1],
        response == null ? null : response[0],
        response == null ? null : response[1],
        statuses,
        Map.copyOf(errorBodies));
  }

  /** Reads the parameter table starting at or after {@code i}; returns the line after it. */
  private static int table(
      List<String> lines, int i, int end, String source, List<Parameter> rows) {
    while (i < end && lines.get(i).isBlank()) {
      i++;
    }
    if (i + 1 >= end || !lines.get(i).startsWith("|")) {
      throw error(source, i, "expected the parameter table after '**Parameters**:'");
    }
    List<String> header =
        cells(lines.get(i)).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    int name = column(header, "name", source, i);
    int in = column(header, "in", source, i);
    int type = column(header, "type", source, i);
    int required = column(header, "required", source, i);
    int defaultValue = column(header, "default", source, i);
    int constraints = column(header, "constraints", source, i);
    int description = column(header, "description", source, i);
    i += 2; // the header and the |---| separator
    for (; i < end && lines.get(i).startsWith("|"); i++) {
      List<String> row = cells(lines.get(i));
      if (row.size() != header.size()) {
        throw error(source, i, "expected " + header.size() + " cells, found " + row.size());
      }
      String location = row.get(in);
      if (!LOCATIONS.contains(location)) {
        throw error(source, i, "'In' must be one of " + LOCATIONS + ", found: " + location);
      }
      String yesNo = row.get(required);
      if (!yesNo.equals("yes") && !yesNo.equals("no")) {
        throw error(source, i, "'Required' must be yes or no, found: " + yesNo);
      }
      rows.add(
          new Parameter(
              unquote(row.get(name)),
              location,
              unquote(row.get(type)),
              yesNo.equals("yes"),
              unquote(row.get(defaultValue)),
              row.get(constraints),
              row.get(description)));
    }
    return i;
  }

  /** Reads an optional {@code ```json} block at or after {@code i} into {@code body[1]}. */
  private static int jsonExample(List<String> lines, int i, int end, String source, String[] body) {
    int j = i;
    while (j < end && lines.get(j).isBlank()) {
      j++;
    }
    if (j >= end || !lines.get(j).startsWith("```")) {
      return i;
    }
    StringBuilder json = new StringBuilder();
    for (j++; j < end && !lines.get(j).startsWith("```"); j++) {
      json.append(lines.get(j)).append('\n');
    }
    if (j >= end) {
      throw error(source, i, "unclosed ``` block");
    }
    body[1] = json.toString();
    return j + 1;
  }

  /** The cells of a table row; a literal pipe is written {@code \|}. */
  static List<String> cells(String row) {
    String trimmed = row.strip();
    if (trimmed.startsWith("|")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : trimmed.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.strip().replace("\\|", "|"));
    }
    return cells;
  }

  private static int column(List<String> header, String name, String source, int line) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw error(source, line, "the parameter table has no '" + name + "' column: " + header);
    }
    return index;
  }

  /** {@code `x`} becomes {@code x}; anything else is kept. */
  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("`") && value.endsWith("`")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** The backtick-quoted items of a line, such as the media types of {@code **Consumes**}. */
  private static List<String> quoted(String value) {
    List<String> items = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(value);
    while (matcher.find()) {
      items.add(matcher.group(1));
    }
    return items.isEmpty() ? List.of(value) : List.copyOf(items);
  }

  private static IllegalArgumentException error(String source, int line, String message) {
    return new IllegalArgumentException(source + ":" + (line + 1) + ": " + message);
  }
}
