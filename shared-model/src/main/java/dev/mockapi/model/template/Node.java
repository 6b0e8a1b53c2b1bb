package dev.mockapi.model.template;

import java.util.List;

/** A compiled piece of a template. */
sealed interface Node {

  void render(RenderContext context, StringBuilder out);

  static void renderAll(List<Node> nodes, RenderContext context, StringBuilder out) {
    for (Node node : nodes) {
      node.render(context, out);
    }
  }

  record Text(String text) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      out.append(text);
      context.checkSize(out);
    }
  }

  /** A value; JSON-escaped when the placeholder stands inside a JSON string literal. */
  record Value(Expression expression, boolean jsonEscape) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      String value = expression.evaluate(context);
      if (value == null) {
        return;
      }
      if (jsonEscape) {
        JsonEscaper.append(value, out);
      } else {
        out.append(value);
      }
      context.checkSize(out);
    }
  }

  /** The body {@code min..max} times (random count in range), comma-separated, with @index. */
  record Repeat(int min, int max, List<Node> body) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      int count = min == max ? min : min + context.random().nextInt(max - min + 1);
      int outer = context.index();
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          out.append(',');
        }
        context.setIndex(i);
        renderAll(body, context, out);
      }
      context.setIndex(outer);
    }
  }

  /** The first branch when the condition is truthy: present, not empty, not false/0/null. */
  record If(Expression condition, List<Node> then, List<Node> otherwise) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      String value = condition.evaluate(context);
      boolean truthy =
          value != null
              && !value.isEmpty()
              && !value.equals("false")
              && !value.equals("0")
              && !value.equals("null");
      renderAll(truthy ? then : otherwise, context, out);
    }
  }
}
