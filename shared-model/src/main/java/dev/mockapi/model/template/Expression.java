package dev.mockapi.model.template;

import dev.mockapi.model.RandomUuids;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A value inside {@code {{ }}}; evaluates to text, or null when the request lacks it. */
sealed interface Expression {

  String evaluate(RenderContext context);

  /**
   * Whether the value counts as true for {@code #if}: present, not empty, not false/0/null. Values
   * of the request and of the state are tested where they are, never copied.
   */
  default boolean truthy(RenderContext context) {
    return isTruthy(evaluate(context));
  }

  static boolean isTruthy(String value) {
    return value != null
        && !value.isEmpty()
        && !value.equals("false")
        && !value.equals("0")
        && !value.equals("null");
  }

  record FakerCall(FakerFunction function, Object[] args) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      context.budget().fakerCall();
      try {
        return function.generator().generate(context.faker(), context.random(), args);
      } catch (RuntimeException e) {
        // Datafaker lacks some values in some locales (Faker.suffix in it, for one)
        throw new TemplateRenderException(
            "Faker." + function.name() + " has no value in this locale (" + e.getMessage() + ")");
      }
    }

    /** A tested value is generated like a written one, so it spends its characters too. */
    @Override
    public boolean truthy(RenderContext context) {
      String value = evaluate(context);
      context.budget().chars(value.length());
      return isTruthy(value);
    }
  }

  record RequestMethod() implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return context.request().method();
    }
  }

  record RequestPath() implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return context.request().path();
    }
  }

  record PathParam(String name) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return context.request().pathParams().get(name);
    }
  }

  record QueryParam(String name) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return context.request().queryValue(name);
    }
  }

  /** A request header, by its name in lower case. */
  record Header(String name) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return context.request().headers().get(name);
    }
  }

  /** The request body, or a value inside its JSON by property names and array indexes. */
  record Body(List<String> path) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return path.isEmpty() ? context.request().body() : JsonPaths.text(context.jsonBody(), path);
    }

    @Override
    public boolean truthy(RenderContext context) {
      return path.isEmpty()
          ? isTruthy(context.request().body())
          : JsonPaths.truthy(context.jsonBody(), path);
    }
  }

  /**
   * A value of the state action's outcome ({@code state.item}, {@code state.items}, {@code
   * state.total}) or inside it; objects and arrays render as JSON.
   */
  record StateValue(List<String> path) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return JsonPaths.text(context.state(), path);
    }

    @Override
    public boolean truthy(RenderContext context) {
      return JsonPaths.truthy(context.state(), path);
    }
  }

  record Now(DateTimeFormatter format) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return format == null ? context.now().toString() : format.format(context.now());
    }
  }

  record Uuid() implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return RandomUuids.next(context.random());
    }
  }

  record Index() implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return Integer.toString(context.index());
    }
  }
}
