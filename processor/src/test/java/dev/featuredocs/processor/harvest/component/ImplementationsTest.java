package dev.featuredocs.processor.harvest.component;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.Test;

/** The helper other harvesters call to follow an interface to the beans that implement it. */
class ImplementationsTest {
  private final List<String> seen = new ArrayList<>();

  /** Indexes the two beans, then asks about the port, its method, and a library interface. */
  private final class Probe extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        return false;
      }
      var elements = processingEnv.getElementUtils();
      Implementations index = Implementations.of(elements, processingEnv.getTypeUtils(),
          SourcePaths.of(processingEnv), List.of("com.acme.a.MailAdapter", "com.acme.a.SmsAdapter", "com.acme.a.Runner"));
      TypeElement port = elements.getTypeElement("com.acme.port.Notify");
      index.of(port).forEach(t -> seen.add("of " + t.getSimpleName()));
      ExecutableElement send = ElementFilter.methodsIn(port.getEnclosedElements()).get(0);
      index.implementation(send).forEach(m -> seen.add("runs " + m.getEnclosingElement().getSimpleName() + "#" + m.getSimpleName()));
      seen.add("runner contracts " + index.contractsOf(elements.getTypeElement("com.acme.a.Runner")));
      seen.add("mail contracts " + index.contractsOf(elements.getTypeElement("com.acme.a.MailAdapter")));
      return false;
    }
  }

  @Test
  void interfaceOfTheProject_leadsToEachImplementingBeanAndTheMethodThatRuns() {
    Compilation compilation = Compiler.javac().withProcessors(new Probe()).compile(
        JavaFileObjects.forSourceString("com.acme.port.Notify", """
            package com.acme.port;
            public interface Notify { void send(String to); }
            """),
        JavaFileObjects.forSourceString("com.acme.a.Base", """
            package com.acme.a;
            public abstract class Base implements com.acme.port.Notify {
              public void send(String to) {}
            }
            """),
        JavaFileObjects.forSourceString("com.acme.a.MailAdapter", """
            package com.acme.a;
            public class MailAdapter extends Base {}
            """),
        JavaFileObjects.forSourceString("com.acme.a.SmsAdapter", """
            package com.acme.a;
            public class SmsAdapter implements com.acme.port.Notify {
              @Override public void send(String to) {}
            }
            """),
        JavaFileObjects.forSourceString("com.acme.a.Runner", """
            package com.acme.a;
            public class Runner implements Runnable, java.io.Serializable { public void run() {} }
            """));
    assertThat(compilation).succeeded();
    assertEquals(List.of("of MailAdapter", "of SmsAdapter", "runs Base#send", "runs SmsAdapter#send",
        "runner contracts []", "mail contracts [com.acme.a.Base, com.acme.port.Notify]"), seen);
  }
}
