package dev.mockapi.model.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Compiles template text into a {@link Template}. Understands {@code {{value}}}, {@code
 * {{#repeat n}}…{{/repeat}}}, {@code {{#repeat min max}}}, {@code {{#if value}}…{{else}}…{{/if}}};
 * a literal {@code {{} is written {@code \{{}. In JSON mode it tracks string literals so values
 * placed inside one are JSON-escaped.
 */
public final class TemplateCompiler {

  private final String source;
  private final boolean json;
  private final Deque<Block> open = new ArrayDeque<>();
  private List<Node> current = new ArrayList<>();
  private boolean inString;
  private boolean escaped;
  private boolean dynamic;
  private int textStart;
  private Cost total = Cost.NONE;

  private TemplateCompiler(String source, boolean json) {
    this.source = source;
    this.json = json;
  }

  /**
   * Compiles {@code source}. With {@code json}, values inside JSON string literals are escaped.
   *
   * @throws TemplateException naming the line and column of the first error
   */
  public static Template compile(String source, boolean json) {
    TemplateCompiler compiler = new TemplateCompiler(source == null ? "" : source, json);
    try {
      return compiler.run();
    } catch (ExpressionParser.ParseError e) {
      throw compiler.at(e.getMessage(), e.offset);
    }
  }

  /**
   * Compiles a template to serve that was validated when it was saved, perhaps by an older version:
   * one that no longer compiles becomes a template whose every render fails with the reason ({@link
   * TemplateRenderException}), so one stale endpoint does not keep its project's others from being
   * served.
   */
  public static Template compileStored(String source, boolean json) {
    try {
      return compile(source, json);
    } catch (TemplateException e) {
      return new Template(List.of(new Node.Refused(e.getMessage())), true, source);
    }
  }

  /**
   * Whether a body should be compiled in JSON mode: its content type or its first character says
   * so.
   */
  public static boolean looksLikeJson(String contentType, String body) {
    if (contentType != null) {
      return contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
    String trimmed = body == null ? "" : body.stripLeading();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }

  private Template run() {
    int pos = 0;
    StringBuilder text = new StringBuilder();
    while (pos < source.length()) {
      int tag = source.indexOf("{{", pos);
      if (text.isEmpty()) {
        textStart = pos;
      }
      if (tag < 0) {
        text.append(source, pos, source.length());
        break;
      }
      if (tag > 0 && source.charAt(tag - 1) == '\\') {
        text.append(source, pos, tag - 1).append("{{");
        pos = tag + 2;
        continue;
      }
      text.append(source, pos, tag);
      flush(text);
      int end = source.indexOf("}}", tag + 2);
      if (end < 0) {
        throw at("'{{' is never closed with '}}'", tag);
      }
      tag(source.substring(tag + 2, end), tag);
      dynamic = true;
      pos = end + 2;
    }
    flush(text);
    if (!open.isEmpty()) {
      Block block = open.peek();
      throw at(
          "{{#" + block.kind + "}} is never closed with {{/" + block.kind + "}}", block.offset);
    }
    return new Template(List.copyOf(current), dynamic, source);
  }

  private void flush(StringBuilder text) {
    if (text.isEmpty()) {
      return;
    }
    String chunk = text.toString();
    if (json) {
      trackStrings(chunk);
    }
    add(new Node.Text(chunk), textStart);
    text.setLength(0);
  }

  private void trackStrings(String chunk) {
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (inString && c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = !inString;
      }
    }
  }

  private void tag(String raw, int offset) {
    String content = raw.strip();
    int contentOffset = offset + 2 + raw.indexOf(content.isEmpty() ? raw : content);
    if (content.isEmpty()) {
      throw at("empty {{ }}", offset);
    }
    if (content.startsWith("#")) {
      openBlock(content, contentOffset);
    } else if (content.equals("else")) {
      Block block = open.peek();
      if (block == null || !block.kind.equals("if") || block.otherwise != null) {
        throw at("{{else}} must be inside {{#if}} and appear once", offset);
      }
      block.otherwise = new ArrayList<>();
      current = block.otherwise;
    } else if (content.startsWith("/")) {
      closeBlock(content.substring(1).strip(), offset);
    } else {
      add(
          new Node.Value(ExpressionParser.parse(content, contentOffset), json && inString),
          contentOffset);
    }
  }

  private void openBlock(String content, int offset) {
    if (open.size() >= TemplateLimits.MAX_DEPTH) {
      throw at("blocks are nested deeper than " + TemplateLimits.MAX_DEPTH, offset);
    }
    String kind = content.substring(1).split("\\s+", 2)[0];
    String args = content.substring(1 + kind.length()).strip();
    int argsOffset = offset + content.indexOf(args.isEmpty() ? content : args);
    Block block =
        switch (kind) {
          case "repeat" -> repeatBlock(args, argsOffset, offset);
          case "if" -> {
            if (args.isEmpty()) {
              throw at(
                  "{{#if}} needs a value to test, such as {{#if request.query.admin}}", offset);
            }
            yield new Block("if", offset, current, ExpressionParser.parse(args, argsOffset), 0, 0);
          }
          default -> throw at("unknown block '#" + kind + "'; blocks are #repeat and #if", offset);
        };
    open.push(block);
    current = block.body;
  }

  private Block repeatBlock(String args, int argsOffset, int offset) {
    String[] counts = args.isEmpty() ? new String[0] : args.split("\\s+");
    if (counts.length < 1 || counts.length > 2) {
      throw at("{{#repeat}} takes a count or a range: {{#repeat 10}} or {{#repeat 5 20}}", offset);
    }
    int min = count(counts[0], argsOffset);
    int max = counts.length == 2 ? count(counts[1], argsOffset) : min;
    if (min > max) {
      throw at("repeat range " + min + " " + max + " is reversed", argsOffset);
    }
    return new Block("repeat", offset, current, null, min, max);
  }

  private int count(String text, int offset) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 0 && n <= TemplateLimits.MAX_REPEAT) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw at("repeat counts must be whole numbers from 0 to " + TemplateLimits.MAX_REPEAT, offset);
  }

  private void closeBlock(String kind, int offset) {
    Block block = open.peek();
    if (block == null || !block.kind.equals(kind)) {
      throw at(
          "{{/"
              + kind
              + "}} does not close anything"
              + (block == null ? "" : "; {{#" + block.kind + "}} is still open"),
          offset);
    }
    open.pop();
    current = block.parent;
    Node node =
        block.kind.equals("repeat")
            ? new Node.Repeat(block.min, block.max, List.copyOf(block.body))
            : new Node.If(
                block.condition,
                List.copyOf(block.body),
                block.otherwise == null ? List.of() : List.copyOf(block.otherwise));
    refuseIfTooCostly(node.worstCase(), "this {{#" + block.kind + "}}", block.offset);
    add(node, block.offset);
  }

  /**
   * Adds a node to the list being read. Each block is checked when it closes and the template's
   * running total as it grows, so the error names the block or the node that passes a limit.
   */
  private void add(Node node, int offset) {
    current.add(node);
    if (open.isEmpty()) {
      total = total.plus(node.worstCase());
      refuseIfTooCostly(total, "the template", offset);
    }
  }

  private void refuseIfTooCostly(Cost cost, String what, int offset) {
    String excess = cost.excess();
    if (excess != null) {
      throw at(what + " " + excess + "; lower the repeat counts", offset);
    }
  }

  private TemplateException at(String reason, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new TemplateException(reason, line, column);
  }

  /** An open {{#block}} while its body is being read. */
  private static final class Block {
    final String kind;
    final int offset;
    final List<Node> parent;
    final Expression condition;
    final int min;
    final int max;
    final List<Node> body = new ArrayList<>();
    List<Node> otherwise;

    Block(String kind, int offset, List<Node> parent, Expression condition, int min, int max) {
      this.kind = kind;
      this.offset = offset;
      this.parent = parent;
      this.condition = condition;
      this.min = min;
      this.max = max;
    }
  }
}
