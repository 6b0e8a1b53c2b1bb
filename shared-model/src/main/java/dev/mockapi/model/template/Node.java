package dev.mockapi.model.template;

import java.util.List;

/** A compiled piece of a template. */
sealed interface Node {

  /** Appends this node's output, spending each step and character first. */
  void render(RenderContext context, StringBuilder out);

  /** The most one render of this node can spend. */
  Cost worstCase();

  static void renderAll(List<Node> nodes, RenderContext context, StringBuilder out) {
    for (Node node : nodes) {
      node.render(context, out);
    }
  }

  static Cost worstCase(List<Node> nodes) {
    Cost cost = Cost.NONE;
    for (Node node : nodes) {
      cost = cost.plus(node.worstCase());
    }
    return cost;
  }

  record Text(String text) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      context.budget().step();
      context.budget().chars(text.length());
      out.append(text);
    }

    @Override
    public Cost worstCase() {
      return new Cost(1, 0, text.length());
    }
  }

  /** A value; JSON-escaped when the placeholder stands inside a JSON string literal. */
  record Value(Expression expression, boolean jsonEscape) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      context.budget().step();
      String value = expression.evaluate(context);
      if (value == null) {
        return;
      }
      if (jsonEscape) {
        context.budget().chars(JsonEscaper.escapedLength(value));
        JsonEscaper.append(value, out);
      } else {
        context.budget().chars(value.length());
        out.append(value);
      }
    }

    @Override
    public Cost worstCase() {
      return new Cost(1, expression instanceof Expression.FakerCall ? 1 : 0, 0);
    }
  }

  /** The body {@code min..max} times (random count in range), comma-separated, with @index. */
  record Repeat(int min, int max, List<Node> body) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      context.budget().step();
      int count = min == max ? min : min + context.random().nextInt(max - min + 1);
      int outer = context.index();
      for (int i = 0; i < count; i++) {
        context.budget().step();
        if (i > 0) {
          context.budget().chars(1);
          out.append(',');
        }
        context.setIndex(i);
        renderAll(body, context, out);
      }
      context.setIndex(outer);
    }

    @Override
    public Cost worstCase() {
      Cost iterations = new Cost(1, 0, 0).plus(Node.worstCase(body)).times(max);
      return new Cost(1, 0, Math.max(0, max - 1)).plus(iterations);
    }
  }

  /** The first branch when the condition is truthy: present, not empty, not false/0/null. */
  record If(Expression condition, List<Node> then, List<Node> otherwise) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      context.budget().step();
      renderAll(condition.truthy(context) ? then : otherwise, context, out);
    }

    @Override
    public Cost worstCase() {
      Cost test = new Cost(1, condition instanceof Expression.FakerCall ? 1 : 0, 0);
      return test.plus(Node.worstCase(then).orWorse(Node.worstCase(otherwise)));
    }
  }

  /**
   * Stands for a stored template this version no longer compiles (say, one whose worst case passes
   * a limit added since it was saved): every render fails with the reason, so only its endpoint
   * answers render-failed, not its whole project.
   */
  record Refused(String reason) implements Node {
    @Override
    public void render(RenderContext context, StringBuilder out) {
      throw new TemplateRenderException("The template no longer compiles: " + reason);
    }

    @Override
    public Cost worstCase() {
      return Cost.NONE;
    }
  }
}
