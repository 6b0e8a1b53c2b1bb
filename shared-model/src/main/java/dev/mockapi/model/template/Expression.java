package dev.mockapi.model.template;

import dev.mockapi.model.RandomUuids;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.JsonNode;

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
      if (path.isEmpty()) {
        return context.request().body();
      }
      JsonNode node = context.jsonBody();
      for (String step : path) {
        if (node == null) {
          return null;
        }
        node = node.isArray() && isIndex(step) ? node.get(Integer.parseInt(step)) : node.get(step);
      }
      if (node == null || node.isNull() || node.isMissingNode()) {
        return null;
      }
      return node.isValueNode() ? node.asString() : node.toString();
    }

    private static boolean isIndex(String step) {
      return !step.isEmpty() && step.length() < 10 && step.chars().allMatch(Character::isDigit);
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
