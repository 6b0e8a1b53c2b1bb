package dev.mockapi.model.template;

import dev.mockapi.model.RandomUuids;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A value inside {@code {{ }}}; evaluates to text, or null when the request lacks it. */
sealed interface Expression {

  String evaluate(RenderContext context);

  record FakerCall(FakerFunction function, Object[] args) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return function.generator().generate(context.faker(), context.random(), args);
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

  record Header(String name) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return context.request().header(name);
    }
  }

  /** The request body, or a value inside its JSON by property names and array indexes. */
  record Body(List<String> path) implements Expression {
    @Override
    public String evaluate(RenderContext context) {
      return path.isEmpty() ? context.request().body() : JsonPaths.text(context.jsonBody(), path);
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
