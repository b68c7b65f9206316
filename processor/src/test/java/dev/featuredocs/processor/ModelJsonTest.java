package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.featuredocs.processor.json.ModelJson.MalformedModelException;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.CheckItem;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.render.JsonRenderer;
import dev.featuredocs.processor.render.SummaryRenderer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON model reads back into the model it was written from. */
class ModelJsonTest {

  @Test
  void theJsonModelOfACompilationReadsBackIntoTheSameSummary() throws Exception {
    Compilation compilation = Compilations.compileSharing();
    String json = Compilations.output(compilation, "document-sharing.json").orElseThrow();

    FeatureSummary read = ModelJson.read(json, FeatureSummary.class);

    assertEquals(json, JsonRenderer.render(read));
    String summary = Compilations.summary(compilation, "document-sharing");
    String withoutTrailer = summary.substring(0, summary.lastIndexOf("\n<!-- featuredocs:sections "));
    assertEquals(withoutTrailer, new SummaryRenderer(Optional.empty()).render(read));
  }

  @Test
  void everyKindOfValueRoundTrips() {
    PhaseDoc phase = new PhaseDoc("Phase 1: \"Model\"\n\tü \u0001", -3, "", true,
        List.of(new CheckItem("a\\b", true), new CheckItem("", false)), List.of(), List.of("x", "y"));
    Component component = new Component("A", "p.A", Role.values()[0], "purpose", List.of());

    assertEquals(phase, ModelJson.read(JsonRenderer.render(phase), PhaseDoc.class));
    assertEquals(component, ModelJson.read(JsonRenderer.render(component), Component.class));
  }

  @Test
  void missingMembersGetEmptyValuesAndUnknownOnesAreIgnored() {
    PhaseDoc read = ModelJson.read("{\"name\": \"P\", \"later\": {\"x\": [1, 2.5e3, null]}}", PhaseDoc.class);

    assertEquals(new PhaseDoc("P", 0, "", false, List.of(), List.of(), List.of()), read);
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    MalformedModelException e = assertThrows(MalformedModelException.class,
        () -> ModelJson.read("{\n  \"name\": \"P\",\n  \"order\" 2\n}", PhaseDoc.class));

    assertEquals("expected ':' at line 3, column 11", e.getMessage());
  }

  @Test
  void aValueOfTheWrongKindNamesTheComponent() {
    MalformedModelException e = assertThrows(MalformedModelException.class,
        () -> ModelJson.read("{\"tasks\": [{\"text\": \"t\", \"done\": \"yes\"}]}", PhaseDoc.class));

    assertEquals("PhaseDoc.tasks[0].done: expected boolean, found yes", e.getMessage());
  }

  @Test
  void anUnknownEnumConstantIsNamed() {
    MalformedModelException e = assertThrows(MalformedModelException.class,
        () -> ModelJson.read("{\"role\": \"WIZARD\"}", Component.class));

    assertEquals("Component.role: no Role named \"WIZARD\"", e.getMessage());
  }
}
