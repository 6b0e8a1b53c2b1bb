package dev.mockapi.model.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The query of a list request on a stateful collection, with json-server 0.17's semantics: full
 * text search {@code q}, field filters ({@code key}, {@code _ne}, {@code _gte}, {@code _lte},
 * {@code _like}), {@code _sort}/{@code _order}, and slicing by {@code _page}/{@code _limit} or
 * {@code _start}/{@code _end}. Immutable and safe to share between threads.
 */
public final class ListQuery {

  /**
   * Most RE2/J steps (text characters × pattern instructions) all {@code _like} matches of one
   * {@link #filterAndSort} call may take: tens of milliseconds of one core.
   */
  private static final long MAX_MATCH_STEPS = 20_000_000;

  private static final Set<String> NOT_FILTERS =
      Set.of(
          "q",
          "_start",
          "_end",
          "_page",
          "_sort",
          "_order",
          "_limit",
          "_embed",
          "_expand",
          "callback",
          "_");

  private final String search;
  private final List<FieldFilter> filters;
  private final SortOrder order;
  private final Pagination pagination;

  private ListQuery(
      String search, List<FieldFilter> filters, SortOrder order, Pagination pagination) {
    this.search = search;
    this.filters = filters;
    this.order = order;
    this.pagination = pagination;
  }

  /**
   * Reads the query parameters, in request order and each with all its values.
   *
   * @param defaultLimit the most items a request that slices nothing gets (see {@link Pagination})
   * @throws InvalidListQueryException when a {@code _like} value is not a regular expression
   */
  public static ListQuery parse(Map<String, List<String>> query, int defaultLimit) {
    List<FieldFilter> filters = new ArrayList<>();
    query.forEach(
        (key, values) -> {
          if (!NOT_FILTERS.contains(key) && !values.isEmpty()) {
            filters.add(FieldFilter.parse(key, values));
          }
        });
    return new ListQuery(
        search(query.get("q")),
        List.copyOf(filters),
        SortOrder.parse(raw(query, "_sort"), raw(query, "_order")),
        new Pagination(
            raw(query, "_page"),
            raw(query, "_limit"),
            raw(query, "_start"),
            raw(query, "_end"),
            defaultLimit));
  }

  /**
   * Whether {@link #filterAndSort} has work to do, so the caller must load the whole collection;
   * when false the result is a window by index of the collection as stored.
   */
  public boolean needsAllItems() {
    return search != null || !filters.isEmpty() || !order.isEmpty();
  }

  /**
   * The items (JSON objects in insertion order) that pass the search and filters, sorted.
   *
   * @param timeLimit how long the filtering may take, checked between items
   * @throws InvalidListQueryException when the {@code _like} matches would pass their step budget
   *     or the filtering its time limit
   */
  public List<JsonNode> filterAndSort(List<JsonNode> items, Duration timeLimit) {
    List<FieldFilter> applicable = filters.stream().filter(f -> f.appliesTo(items)).toList();
    FilterBudget budget =
        new FilterBudget(MAX_MATCH_STEPS, System.nanoTime() + timeLimit.toNanos());
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode item : items) {
      budget.checkDeadline();
      if ((search == null || FullTextSearch.matches(item, search))
          && applicable.stream().allMatch(f -> f.test(item, budget))) {
        kept.add(item);
      }
    }
    return order.isEmpty() ? kept : StableSort.sort(kept, order);
  }

  /** What to return of a filtered list of {@code total} items, and which headers to send. */
  public Slice slice(int total) {
    return pagination.slice(total);
  }

  /**
   * The window of the stored collection to fetch when {@link #needsAllItems} is false: the same
   * items {@link #slice} picks once the total is known.
   */
  public Bounds bounds() {
    return pagination.bounds();
  }

  /**
   * The lowercased search text; null when json-server would not search ({@code q} absent or "").
   */
  private static String search(List<String> q) {
    if (q == null || q.isEmpty() || raw(q).isEmpty()) {
      return null;
    }
    return q.get(0).toLowerCase(Locale.ROOT);
  }

  private static String raw(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null ? null : raw(values);
  }

  /** How express hands a parameter to json-server: an array, whose String() joins by commas. */
  private static String raw(List<String> values) {
    return String.join(",", values);
  }

  /**
   * The arguments of a JavaScript {@code slice()}: negative counts from the end; null is the start
   * ({@code from}) or the end ({@code to}).
   */
  public record Bounds(Integer from, Integer to) {}

  /**
   * Items {@code from} (inclusive) to {@code to} (exclusive) of the filtered list; {@code counted}
   * says to send {@code X-Total-Count}; {@code page} is set only for {@code _page} requests.
   */
  public record Slice(int from, int to, boolean counted, Page page) {

    /** The value of {@code Access-Control-Expose-Headers} to send along with the count. */
    public String exposeHeaders() {
      return page == null ? "X-Total-Count" : "X-Total-Count, Link";
    }
  }

  /**
   * The page numbers a {@code _page} response links to; 0 where json-server sends no such link. All
   * are 0 when the page is empty or holds every item.
   */
  public record Page(int first, int prev, int next, int last, int impliedLimit) {

    private static final Pattern PAGE_PARAM = Pattern.compile("([?&])_page=[^&#]*");

    /** A page the request asked for with {@code _page}: its links replace that parameter. */
    public Page(int first, int prev, int next, int last) {
      this(first, prev, next, last, 0);
    }

    /**
     * The {@code Link} header for the request URL {@code fullUrl}, in express's {@code res.links}
     * format; null when there are no links.
     */
    public String linkHeader(String fullUrl) {
      List<String> links = new ArrayList<>();
      addLink(links, fullUrl, first, "first");
      addLink(links, fullUrl, prev, "prev");
      addLink(links, fullUrl, next, "next");
      addLink(links, fullUrl, last, "last");
      return links.isEmpty() ? null : String.join(", ", links);
    }

    private void addLink(List<String> links, String fullUrl, int target, String rel) {
      if (target != 0) {
        String url =
            impliedLimit == 0
                ? PAGE_PARAM.matcher(fullUrl).replaceFirst("$1_page=" + target)
                : fullUrl
                    + (fullUrl.contains("?") ? "&" : "?")
                    + "_page="
                    + target
                    + "&_limit="
                    + impliedLimit;
        links.add("<" + url + ">; rel=\"" + rel + "\"");
      }
    }
  }
}
