package dev.featuredocs.processor.model;

import java.util.List;

/**
 * The Testing &amp; Validation facts of a feature, gathered when the processor compiles the tests.
 * Not part of {@link FeatureSummary}: the main compile has none ({@link #NOT_ANALYSED}), and the
 * test compile adds them to the model the main compile left on the class path.
 *
 * @param analysed whether a test compilation was analysed; false: nothing below is known
 * @param sourceRoot the test source root label, e.g. {@code src/test/java}; empty when unknown
 * @param unitTests test classes of the feature that are not integration tests, by name
 * @param integrationTests test classes that start the application or a slice of it
 *     ({@code @SpringBootTest}, {@code @WebMvcTest}, {@code @DataJpaTest}, …) or are named {@code *IT}, by name
 * @param coverage every business rule of the feature, in its numbered order, with the tests that verify it
 */
public record TestingDoc(
    boolean analysed,
    String sourceRoot,
    List<TestClassDoc> unitTests,
    List<TestClassDoc> integrationTests,
    List<RuleCoverage> coverage) {

  /** What the main compile knows about tests: nothing. */
  public static final TestingDoc NOT_ANALYSED = new TestingDoc(false, "", List.of(), List.of(), List.of());

  public TestingDoc {
    unitTests = List.copyOf(unitTests);
    integrationTests = List.copyOf(integrationTests);
    coverage = List.copyOf(coverage);
  }

  /** Rules verified by at least one test. */
  public int verifiedRules() {
    return (int) coverage.stream().filter(r -> !r.verifiedBy().isEmpty()).count();
  }

  /** All rules of the feature. */
  public int rules() {
    return coverage.size();
  }

  /**
   * A test class of the feature.
   *
   * @param name its simple name ({@code Outer.Inner} for a nested class)
   * @param file its source file relative to the test source root, {@code /} separated; empty when unknown
   * @param scenarios its test methods, in source order
   */
  public record TestClassDoc(String name, String file, List<ScenarioDoc> scenarios) {
    public TestClassDoc {
      scenarios = List.copyOf(scenarios);
    }
  }

  /**
   * One test method.
   *
   * @param name its {@code @DisplayName}, else its humanised method name
   * @param method the method's name
   * @param verifies the ids of this feature's rules it verifies ({@code @Verifies} on it or its class)
   * @param disabled whether it is {@code @Disabled}
   */
  public record ScenarioDoc(String name, String method, List<String> verifies, boolean disabled) {
    public ScenarioDoc {
      verifies = List.copyOf(verifies);
    }
  }

  /**
   * A business rule and the tests that verify it.
   *
   * @param number its number in the Business Logic section
   * @param id its id; empty when it has none (then no test can name it)
   * @param text the rule
   * @param verifiedBy {@code TestClass#method} of each test that verifies it, sorted
   */
  public record RuleCoverage(int number, String id, String text, List<String> verifiedBy) {
    public RuleCoverage {
      verifiedBy = List.copyOf(verifiedBy);
    }
  }
}
