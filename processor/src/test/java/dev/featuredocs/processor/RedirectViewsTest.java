package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * View-returning Spring MVC handlers: one that redirects ({@code "redirect:…"} view names as
 * literals, constants, concatenations or conditionals, {@code ModelAndView("redirect:…")},
 * {@code RedirectView}) is an endpoint answering 302 (303 when made HTTP/1.1-style, the status set
 * on the view otherwise) with the {@code Location} it sends; one that only renders a page or
 * forwards is not an endpoint of the API, as springdoc leaves it out.
 */
class RedirectViewsTest {

  @Test
  void redirectingViewHandlers_areEndpoints_with302Or303AndTheirLocation() {
    String summary = Compilations.summaryOf("documents", """
        package com.docs;

        import org.springframework.http.HttpStatus;
        import org.springframework.stereotype.Controller;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.servlet.ModelAndView;
        import org.springframework.web.servlet.view.RedirectView;

        @dev.featuredocs.annotations.Feature("Documents")
        @Controller
        @RequestMapping("/documents")
        public class DocumentPages {
          private static final String LIST = "redirect:/documents";

          @GetMapping("/form")
          public String form() { return "documents/form"; }

          @GetMapping("/inner")
          public String inner() { return "forward:/documents"; }

          @PostMapping
          public String create(@RequestParam String title) { return LIST; }

          @PostMapping("/{id}/archive")
          public String archive(@PathVariable long id) { return "redirect:/documents/" + id; }

          @PostMapping("/check")
          public String check(@RequestParam boolean ok) { return ok ? Views.DONE : "documents/form"; }

          @GetMapping("/old")
          public ModelAndView old() { return new ModelAndView("redirect:" + "/documents"); }

          @GetMapping("/moved")
          public RedirectView moved() {
            RedirectView view = new RedirectView("/documents");
            view.setHttp10Compatible(false);
            return view;
          }

          @GetMapping("/permanent")
          public RedirectView permanent() {
            RedirectView view = new RedirectView("/documents");
            view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return view;
          }
        }
        """, """
        package com.docs;

        public final class Views {
          public static final String DONE = "redirect:" + "/done";

          private Views() {}
        }
        """);

    Summaries.assertStatusCodes(summary, "POST /documents", """
        - `302` — success (`Location: /documents`)
        - `400` — missing or malformed parameter

        """);
    Summaries.assertStatusCodes(summary, "POST /documents/{id}/archive", """
        - `302` — success (`"redirect:/documents/" + id`)
        - `400` — missing or malformed parameter

        """);
    Summaries.assertStatusCodes(summary, "POST /documents/check", """
        - `200` — success (`view documents/form`)
        - `302` — returned by the handler (`Location: /done`)
        - `400` — missing or malformed parameter

        """);
    Summaries.assertStatusCodes(summary, "GET /documents/old", "- `302` — success (`Location: /documents`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /documents/moved", "- `303` — success (`Location: /documents`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /documents/permanent", "- `301` — success (`Location: /documents`)\n\n");
    assertFalse(summary.contains("GET /documents/form"), summary);
    assertFalse(summary.contains("GET /documents/inner"), summary);
  }

  @Test
  void aRestControllerReturningARedirectString_sendsItAsTheBody() {
    String summary = Compilations.summaryOf("documents", """
        package com.docs;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Documents")
        @RestController
        public class DocumentApi {
          @GetMapping("/documents/next")
          public String next() { return "redirect:/documents"; }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /documents/next", "- `200` — success\n\n");
  }
}
