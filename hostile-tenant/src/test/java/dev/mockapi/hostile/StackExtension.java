package dev.mockapi.hostile;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every suite of the run the same {@link Stack}: started on first use, stopped when the whole
 * run ends (the root store closes it, also after a failure). A start that failed fails the later
 * suites too, without another attempt of minutes.
 */
final class StackExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Stack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Object started =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.create(StackExtension.class))
            .computeIfAbsent(Stack.class, type -> startStack());
    if (started instanceof Stack stack) {
      return stack;
    }
    throw new IllegalStateException("The stack did not start", (Throwable) started);
  }

  private static Object startStack() {
    try {
      return Stack.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    } catch (Exception e) {
      return e;
    }
  }
}
