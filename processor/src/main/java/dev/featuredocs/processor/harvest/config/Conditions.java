package dev.featuredocs.processor.harvest.config;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Whether a configuration class or bean method is active in the app as configured: Spring Boot's
 * {@code @ConditionalOnProperty} (repeatable) and {@code @ConditionalOnBooleanProperty}, and
 * Spring's {@code @Profile}, evaluated against {@link AppProperties} as Spring evaluates them.
 * Every condition must hold; one that the files cannot decide makes the verdict "cannot tell".
 */
public final class Conditions {
  static final String ON_PROPERTY = "org.springframework.boot.autoconfigure.condition.ConditionalOnProperty";
  static final String ON_PROPERTIES = "org.springframework.boot.autoconfigure.condition.ConditionalOnProperties";
  static final String ON_BOOLEAN = "org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty";
  static final String PROFILE = "org.springframework.context.annotation.Profile";

  /** Active, inactive, or not decidable from the files. */
  public enum State { ACTIVE, INACTIVE, UNKNOWN }

  /**
   * @param state the combined state
   * @param condition the deciding condition as written ({@code @ConditionalOnProperty(…)}), empty when none
   * @param reason why, from the files: {@code sample.security.open=false in application.properties}
   * @param switchedBy what flips it: {@code sample.security.open=true}; empty when nothing in the files would
   */
  public record Verdict(State state, String condition, String reason, String switchedBy) {
    public static final Verdict UNCONDITIONAL = new Verdict(State.ACTIVE, "", "", "");

    public boolean conditional() {
      return !condition.isEmpty();
    }
  }

  private final Mirrors mirrors;
  private final AppProperties properties;

  public Conditions(Mirrors mirrors, AppProperties properties) {
    this.mirrors = mirrors;
    this.properties = properties;
  }

  public AppProperties properties() {
    return properties;
  }

  /** The verdict of the conditions on {@code element} itself (not its enclosing class). */
  public Verdict of(Element element) {
    List<Verdict> verdicts = new ArrayList<>();
    for (AnnotationMirror mirror : Mirrors.repeated(element, ON_PROPERTY, ON_PROPERTIES)) {
      verdicts.add(onProperty(mirror, false));
    }
    Mirrors.find(element, ON_BOOLEAN).ifPresent(m -> verdicts.add(onProperty(m, true)));
    Mirrors.find(element, PROFILE).ifPresent(m -> verdicts.add(profile(m)));
    return verdicts.stream().filter(v -> v.state() == State.INACTIVE).findFirst()
        .or(() -> verdicts.stream().filter(v -> v.state() == State.UNKNOWN).findFirst())
        .or(() -> verdicts.stream().findFirst())
        .orElse(Verdict.UNCONDITIONAL);
  }

  private Verdict onProperty(AnnotationMirror mirror, boolean booleanProperty) {
    String condition = Labels.annotation(mirror);
    String written = mirrors.string(mirror, "prefix").strip();
    String prefix = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    List<String> names = new ArrayList<>(mirrors.strings(mirror, "name"));
    names.addAll(mirrors.strings(mirror, "value"));
    Object having = mirrors.value(mirror, "havingValue").getValue();
    String havingValue = String.valueOf(having);
    boolean matchIfMissing = Boolean.TRUE.equals(mirrors.value(mirror, "matchIfMissing").getValue());
    String wanted = booleanProperty || !havingValue.isEmpty() ? havingValue : "true";
    for (String name : names) {
      String key = prefix.isEmpty() ? name : prefix + "." + name;
      Optional<AppProperties.Value> value = properties.get(key);
      if (value.isEmpty()) {
        if (!properties.found()) {
          return new Verdict(State.UNKNOWN, condition, "no application.properties or application.yml found beside the"
              + " sources: name it with -Afeaturedocs.appConfig", key + "=" + wanted);
        }
        if (!matchIfMissing) {
          return new Verdict(State.INACTIVE, condition, key + " is not set in "
              + String.join(", ", properties.files()), key + "=" + wanted);
        }
        continue;
      }
      String actual = value.get().value();
      boolean matches = booleanProperty || !havingValue.isEmpty()
          ? actual.equalsIgnoreCase(havingValue) : !actual.equalsIgnoreCase("false");
      if (!matches) {
        return new Verdict(State.INACTIVE, condition, set(value.get()), key + "=" + wanted);
      }
    }
    String reason = names.stream().map(n -> properties.get(prefix.isEmpty() ? n : prefix + "." + n)
        .map(Conditions::set).orElse((prefix.isEmpty() ? n : prefix + "." + n) + " not set (matchIfMissing)"))
        .reduce((a, b) -> a + "; " + b).orElse("");
    boolean bool = havingValue.equalsIgnoreCase("true") || havingValue.equalsIgnoreCase("false");
    String other = booleanProperty || bool ? String.valueOf(!Boolean.parseBoolean(havingValue))
        : !havingValue.isEmpty() ? "" : "false";
    String flip = names.isEmpty() ? "" : (prefix.isEmpty() ? names.get(0) : prefix + "." + names.get(0))
        + "=" + (other.isEmpty() ? "<anything but " + havingValue + ">" : other);
    return new Verdict(State.ACTIVE, condition, reason, flip);
  }

  private static String set(AppProperties.Value value) {
    return value.key() + "=" + value.value() + " in " + value.file();
  }

  private Verdict profile(AnnotationMirror mirror) {
    String condition = Labels.annotation(mirror);
    List<String> active = properties.activeProfiles();
    String activeText = properties.value("spring.profiles.active").isPresent()
        ? "active profiles: " + String.join(", ", active) + " (" + properties.get("spring.profiles.active").get().file() + ")"
        : "no profile set in the files (Spring's default profile is active)";
    boolean any = false;
    for (String expression : mirrors.strings(mirror, "value")) {
      Optional<Boolean> result = ProfileExpression.matches(expression, active);
      if (result.isEmpty()) {
        return new Verdict(State.UNKNOWN, condition, "profile expression " + expression + " is not understood", "");
      }
      any |= result.get();
    }
    String switchedBy = "spring.profiles.active (run time: SPRING_PROFILES_ACTIVE)";
    if (!properties.found()) {
      return new Verdict(State.UNKNOWN, condition, "no application.properties or application.yml found beside the"
          + " sources: name it with -Afeaturedocs.appConfig", switchedBy);
    }
    return new Verdict(any ? State.ACTIVE : State.INACTIVE, condition, activeText, switchedBy);
  }
}
