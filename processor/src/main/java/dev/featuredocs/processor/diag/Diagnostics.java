package dev.featuredocs.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one way the processor talks to the user. Points at the annotation and the attribute where
 * it can, so the IDE puts the caret on what to change; counts errors so callers can refuse to
 * write output that an error made wrong.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Diagnostics that print nothing but still count errors: for a first look at a round (the
   * catalog's) whose misuse the last round reports, once.
   */
  public static Diagnostics muted() {
    return new Diagnostics(new Messager() {
      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
    });
  }

  public void error(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    errors++;
    print(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
  }

  public void error(Message message, Element element, Object... args) {
    error(message, element, null, null, args);
  }

  /** An error that belongs to no element, such as a bad option. */
  public void error(Message message, Object... args) {
    error(message, null, null, null, args);
  }

  public void warning(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    print(Diagnostic.Kind.WARNING, message.format(args), element, annotation, value);
  }

  public void warning(Message message, Object... args) {
    print(Diagnostic.Kind.WARNING, message.format(args), null, null, null);
  }

  public void note(Message message, Object... args) {
    print(Diagnostic.Kind.NOTE, message.format(args), null, null, null);
  }

  /** A note on an element, e.g. where a computed success criterion fails. */
  public void note(Message message, Element element, Object... args) {
    print(Diagnostic.Kind.NOTE, message.format(args), element, null, null);
  }

  /** An unexpected failure: reported as an error with the processor's name and the stack trace. */
  public void internalError(Throwable failure, Element element, String what) {
    if (failure instanceof AnnotationsMismatch mismatch) { // the user's build, not ours: say what to change
      error(Message.ANNOTATIONS_MISMATCH, element, mismatch.mirror(), null, simpleName(mismatch.annotation()),
          mismatch.attribute());
      return;
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    error(Message.INTERNAL_ERROR, element, null, null,
        "featuredocs (" + "dev.featuredocs.processor.FeatureDocsProcessor" + ")", what, failure, trace);
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  public int errorCount() {
    return errors;
  }

  private void print(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }
}
