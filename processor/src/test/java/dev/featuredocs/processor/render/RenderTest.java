package dev.featuredocs.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.featuredocs.processor.model.CheckItem;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.CrossFeatureUse;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.RuleDoc;
import dev.featuredocs.processor.model.ServiceDoc;
import dev.featuredocs.processor.model.SourceFile;
import dev.featuredocs.processor.model.persistence.PersistenceDoc;
import dev.featuredocs.processor.model.review.CriteriaDoc;
import dev.featuredocs.processor.model.review.DiagramDoc;
import dev.featuredocs.processor.model.review.IntegrationDoc;
import dev.featuredocs.processor.model.review.PerformanceDoc;
import dev.featuredocs.processor.model.review.TroubleshootingDoc;
import dev.featuredocs.processor.model.security.SecurityDoc;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in template on hand-made models: structure, escaping, and no placeholder left. */
class RenderTest {
  /** Every top-level section (and subsection) of the team template, in its order. */
  private static final List<String> TEMPLATE_HEADINGS = List.of(
      "# Billing *Pro* - Backend Implementation",
      "## Feature Overview",
      "### Success Criteria Met",
      "## Implementation Details",
      "### Phase Breakdown",
      "### Files Created/Modified",
      "#### New Files Created",
      "#### Modified Files",
      "### API Endpoints Implemented",
      "### Data Models",
      "### Business Logic",
      "### Database Changes (if applicable)",
      "## Testing & Validation",
      "### Unit Tests Created",
      "### Integration Tests",
      "### Business Rule Coverage",
      "### Manual Testing Performed",
      "### Performance Testing",
      "## Security Considerations",
      "### Input Validation",
      "### Authentication & Authorization",
      "### Error Handling",
      "## Integration Points",
      "### Dependencies",
      "### Breaking Changes",
      "### Database Impact",
      "## Performance Considerations",
      "### Optimizations Implemented",
      "### Performance Metrics",
      "### Scalability Considerations",
      "## Future Considerations",
      "### Known Limitations",
      "### Planned Enhancements",
      "### Maintenance Requirements",
      "## Troubleshooting Guide",
      "### Common Issues",
      "### Debug Information",
      "### Monitoring");

  private static FeatureSummary empty(String name) {
    return new FeatureSummary(name, "billing", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), "",
        List.of(), List.of(), List.of(), List.of(), List.of(), NO_PERSISTENCE, NO_INTEGRATION, NO_PERFORMANCE, List.of(),
        NO_SECURITY, NO_TROUBLESHOOTING, NO_DIAGRAM, NO_CRITERIA, dev.featuredocs.processor.model.web.BasePathsDoc.NONE);
  }

  static final SecurityDoc NO_SECURITY = new SecurityDoc(List.of(), List.of(), List.of(), List.of(), List.of());
  static final TroubleshootingDoc NO_TROUBLESHOOTING = new TroubleshootingDoc(List.of(), List.of(), false, List.of(), "", "");
  static final DiagramDoc NO_DIAGRAM = new DiagramDoc(List.of(), List.of());
  static final CriteriaDoc NO_CRITERIA = new CriteriaDoc(List.of(), List.of());
  static final PersistenceDoc NO_PERSISTENCE = new PersistenceDoc("spring", List.of(), List.of(), "", List.of());
  static final IntegrationDoc NO_INTEGRATION = new IntegrationDoc(List.of(), List.of(), List.of());
  static final PerformanceDoc NO_PERFORMANCE = new PerformanceDoc(List.of(), List.of(), List.of(), List.of());

  private static String render(FeatureSummary feature) throws Exception {
    return new SummaryRenderer(Optional.empty()).render(feature);
  }

  @Test
  void emptyFeature_hasEveryTemplateSectionInOrder() throws Exception {
    String markdown = render(empty("Billing *Pro*"));

    List<String> headings = markdown.lines()
        .filter(l -> l.startsWith("#") && !l.startsWith("####"))
        .map(l -> l.replace("\\*", "*"))
        .toList();
    List<String> expected = TEMPLATE_HEADINGS.stream().filter(h -> !h.startsWith("####")).toList();
    assertEquals(expected, headings);
    assertTrue(markdown.contains("\n---\n\n**Completion Checklist**:\n"));
  }

  @Test
  void emptyFeature_saysWhatIsMissingAndLeavesNoPlaceholder() throws Exception {
    String markdown = render(empty("Billing"));

    assertTrue(markdown.contains("**Implementation Date**: _not declared: add `implementedOn` to @Feature_  \n"));
    assertTrue(markdown.contains("_No phases declared: add `@Phase` with a plan to the feature's package or types._\n"));
    assertTrue(markdown.contains("_No services in this feature._\n"));
    Matcher placeholder = Pattern.compile("\\[(Feature Name|Name|Description|Time taken|Phase Name)]|YYYY-MM-DD|Task 1|Test criteria 1|\\[Rule 1]")
        .matcher(markdown);
    assertFalse(placeholder.find(), () -> "placeholder left: " + placeholder.group());
  }

  @Test
  void values_areEscapedForMarkdownButCodeSpansStayLiteral() throws Exception {
    FeatureSummary feature = new FeatureSummary("Billing", "billing", "Pay *any* invoice | fast <now>", "2026-11-20",
        "a_team", "", "", List.of(new Component("Invoices", "x.Invoices", Role.SERVICE, "", List.of())),
        List.of(), List.of(new CrossFeatureUse("Invoices", "Customers", "Customer *Accounts*", "customer-accounts")),
        List.of(), "", List.of(), List.of(), List.of(),
        List.of(new ServiceDoc("Invoices", "x/Invoices.java", "Issues [draft] invoices.",
            List.of("pay(List<Invoice> all) -> Map<String, Integer>"),
            List.of(new RuleDoc(1, "BR-1", "Totals use `BigDecimal`", "Invoices#pay")))),
        List.of(), NO_PERSISTENCE, NO_INTEGRATION, NO_PERFORMANCE, List.of(), NO_SECURITY, NO_TROUBLESHOOTING,
        NO_DIAGRAM, NO_CRITERIA, dev.featuredocs.processor.model.web.BasePathsDoc.NONE);

    String markdown = render(feature);

    assertTrue(markdown.contains("**Business Value**: Pay \\*any\\* invoice \\| fast \\<now\\>  \n"), markdown);
    assertTrue(markdown.contains("**Developer/Agent**: a_team  \n"), markdown);
    assertTrue(markdown.contains("1 service (`Invoices`). Uses other features:"
        + " `Invoices` → `Customers` ([Customer \\*Accounts\\*](customer-accounts.md)).  \n"), markdown);
    assertTrue(markdown.contains("**Purpose**: Issues \\[draft\\] invoices.  \n"), markdown);
    assertTrue(markdown.contains("- `pay(List<Invoice> all) -> Map<String, Integer>`\n"), markdown);
    assertTrue(markdown.contains("1. **BR-1**: Totals use \\`BigDecimal\\` (enforced in `Invoices#pay`)\n"), markdown);
  }

  @Test
  void phaseWithoutPlan_saysSoInsteadOfInventingOne() throws Exception {
    FeatureSummary feature = new FeatureSummary("Billing", "billing", "", "", "", "", "", List.of(), List.of(), List.of(),
        List.of(
            new PhaseDoc("Phase 1: Ledger", 1, "", true, List.of(new CheckItem("Ledger table", false)), List.of(), List.of()),
            new PhaseDoc("Phase 9: Typo", 0, "", false, List.of(), List.of(), List.of("Invoices#pay(...)"))),
        "", List.of(), List.of(), List.of(), List.of(), List.of(), NO_PERSISTENCE, NO_INTEGRATION, NO_PERFORMANCE,
        List.of(), NO_SECURITY, NO_TROUBLESHOOTING, NO_DIAGRAM, NO_CRITERIA, dev.featuredocs.processor.model.web.BasePathsDoc.NONE);

    String markdown = render(feature);

    assertTrue(markdown.contains("""
        #### Phase 1: Ledger
        **Duration**: _not declared: add `duration` to the phase's plan_ \s
        **Tasks Completed**:
        - [ ] Ledger table

        **Testing Phase 1: Ledger**:
        _no testing criteria declared_
        """), markdown);
    assertTrue(markdown.contains("**Duration**: _not declared: this phase has no plan_  \n"), markdown);
  }

  @Test
  void fileTree_collapsesSingleDirectoriesAndAlignsRoles() {
    String tree = FileTree.draw("src/main/java", List.of(
        new SourceFile("com/shop/billing/Invoices.java", "Issues invoices."),
        new SourceFile("com/shop/billing/model/Invoice.java", "An invoice."),
        new SourceFile("com/shop/common/Errors.java", "")));

    assertEquals("""
        src/main/java/com/shop/
        ├── billing/
        │   ├── model/
        │   │   └── Invoice.java  # An invoice.
        │   └── Invoices.java     # Issues invoices.
        └── common/
            └── Errors.java
        """, tree);
  }

  @Test
  void output_endsWithOneNewlineAndHasNoCarriageReturns() throws Exception {
    String markdown = render(empty("Billing"));

    assertTrue(markdown.endsWith("_\n") && !markdown.endsWith("\n\n"));
    assertFalse(markdown.contains("\r"));
    assertFalse(markdown.contains("\n\n\n"));
  }

  @Test
  void normalise_unixLineEndsAtMostOneBlankLineAndOneFinalNewline() {
    assertEquals("a\n\nb\nc\n\nd  \n\ne\n",
        SummaryRenderer.normalise("\n \na\r\n\r\n\r\n\r\nb\rc\n\n\n\n\nd  \r\r\ne \n\n\n"));
    assertEquals("x\n", SummaryRenderer.normalise("x"));
  }
}
