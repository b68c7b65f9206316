package dev.featuredocs.processor.source;

import java.util.List;

/**
 * What a method's body says, as written in source: names are unresolved, to be resolved by the
 * harvesters against the compiler's model with the compilation unit's {@link #imports}.
 *
 * @param statuses HTTP statuses the body builds ({@code ResponseEntity.created(…)}, {@code Response.status(…)}), in source order
 * @param createdTypes types instantiated with {@code new X(…)} or {@code X::new}, as written ({@code DocumentNotFoundException})
 * @param calls method calls, with the variable or field they are called on ({@code ""} for none or {@code this})
 * @param packageName the compilation unit's package
 * @param imports the compilation unit's imports, e.g. {@code com.example.Foo}, {@code com.example.*}
 */
public record MethodBody(
    List<StatusCall> statuses, List<String> createdTypes, List<Call> calls, String packageName, List<String> imports) {

  public MethodBody {
    statuses = List.copyOf(statuses);
    createdTypes = List.copyOf(createdTypes);
    calls = List.copyOf(calls);
    imports = List.copyOf(imports);
  }

  /**
   * An HTTP status the body produces.
   *
   * @param status the status, either a number ({@code "201"}) or a constant name ({@code "CREATED"}), or {@code "?"}
   *     where only the running code decides it
   * @param evidence the expression it comes from, shortened: {@code ResponseEntity.created(…)}
   * @param when the type, as written, the status is chosen for: {@code e instanceof Gone} or {@code case Gone g} around it
   *     ({@code Gone}), {@code Map.of(Gone.class, …)} looked up by exact class ({@code =Gone}); {@code ""} when unconditional
   */
  public record StatusCall(String status, String evidence, String when) {
    public StatusCall(String status, String evidence) {
      this(status, evidence, "");
    }
  }

  /**
   * A method call.
   *
   * @param receiver the simple name the method is called on ({@code documents} in {@code documents.find(id)}), or {@code ""}
   * @param name the method's name
   * @param arguments the number of arguments
   */
  public record Call(String receiver, String name, int arguments) {}
}
