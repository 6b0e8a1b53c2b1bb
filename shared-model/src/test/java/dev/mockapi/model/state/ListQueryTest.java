package dev.mockapi.model.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.model.state.ListQuery.Page;
import dev.mockapi.model.state.ListQuery.Slice;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ListQueryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A time limit no test here comes near, so only the step budget can stop a filter. */
  private static final Duration TIME = Duration.ofMinutes(1);

  private static final String POSTS =
      """
      [
        {"id": 1, "title": "Hello World", "views": 10, "author": {"name": "Ann"}, "tags": ["a", "b"]},
        {"id": 2, "title": "Second post", "views": 5, "author": {"name": "Bob"}, "tags": ["c"]},
        {"id": 3, "title": "Third", "views": 20, "author": {"name": "Ann"}, "tags": []},
        {"id": 4, "title": "hello again", "views": 5, "author": null}
      ]
      """;

  // --- helpers ---

  /** Parses "a=1&b=2&a=3" the way a server hands parameters over: in order, values grouped. */
  private static ListQuery query(String queryString) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (!queryString.isEmpty()) {
      for (String pair : queryString.split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    return ListQuery.parse(params, 1_000);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> items(String json) {
    return List.copyOf(JSON.readTree(json).values());
  }

  /** The ids json-server would return for the query over the items. */
  private static List<Integer> ids(String queryString, String json) {
    ListQuery query = query(queryString);
    List<JsonNode> result = query.filterAndSort(items(json), TIME);
    Slice slice = query.slice(result.size());
    return result.subList(slice.from(), slice.to()).stream().map(n -> n.get("id").asInt()).toList();
  }

  private static String numbered(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "{\"id\": " + i + "}").toList().toString();
  }

  // --- what needs the whole collection ---

  @Test
  void noParamsReturnEverythingUncountedWithoutNeedingAllItems() {
    ListQuery query = query("");

    assertThat(query.needsAllItems()).isFalse();
    assertThat(query.slice(4)).isEqualTo(new Slice(0, 4, false, null));
    assertThat(ids("", POSTS)).containsExactly(1, 2, 3, 4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "_page=2",
        "_limit=5",
        "_start=1&_end=3",
        "_page=1&_limit=2",
        "_embed=x&_expand=y"
      })
  void slicingParamsAloneDoNotNeedAllItems(String params) {
    assertThat(query(params).needsAllItems()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "q=x",
        "title=x",
        "views_ne=1",
        "views_gte=1",
        "views_lte=1",
        "title_like=x",
        "_sort=id",
        "nosuchfield=1"
      })
  void searchFiltersAndSortNeedAllItems(String params) {
    assertThat(query(params).needsAllItems()).isTrue();
  }

  @Test
  void emptySearchAndEmptySortDoNothing() {
    ListQuery query = query("q=&_sort=");

    assertThat(query.needsAllItems()).isFalse();
    assertThat(ids("q=&_sort=", POSTS)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void callbackAndUnderscoreAreNeverFilters() {
    String json = "[{\"id\": 1, \"_\": 5, \"callback\": 1}, {\"id\": 2}]";

    assertThat(query("callback=cb&_=123").needsAllItems()).isFalse();
    assertThat(ids("callback=cb&_=123", json)).containsExactly(1, 2);
  }

  // --- full-text search q ---

  @Test
  void searchMatchesAnySubstringCaseInsensitively() {
    assertThat(ids("q=HELLO", POSTS)).containsExactly(1, 4);
  }

  @Test
  void searchLooksIntoNestedObjectsAndArrays() {
    assertThat(ids("q=bob", POSTS)).containsExactly(2);
    assertThat(ids("q=c", POSTS)).containsExactly(2);
  }

  @Test
  void searchMatchesNumbersAndBooleansByTheirJavaScriptString() {
    String json =
        """
        [{"id": 1, "n": 42}, {"id": 2, "n": 1.5}, {"id": 3, "flag": true}, {"id": 4, "n": 1.0}]
        """;

    assertThat(ids("q=42", json)).containsExactly(1);
    assertThat(ids("q=1.5", json)).containsExactly(2);
    assertThat(ids("q=TRUE", json)).containsExactly(3);
    assertThat(ids("q=1.0", json)).isEmpty();
  }

  @Test
  void searchSkipsFalsyValues() {
    String json =
        """
        [{"n": 0}, {"b": false}, {"s": ""}, {"x": null}, {"id": 5, "n": 10}]
        """;

    assertThat(ids("q=0", json)).containsExactly(5);
    assertThat(ids("q=false", json)).isEmpty();
    assertThat(ids("q=null", json)).isEmpty();
  }

  @Test
  void searchIgnoresPropertyNames() {
    assertThat(ids("q=title", POSTS)).isEmpty();
  }

  @Test
  void searchUsesOnlyTheFirstValue() {
    assertThat(ids("q=third&q=hello", POSTS)).containsExactly(3);
  }

  // --- plain filters ---

  @Test
  void plainFilterMatchesTheValueAsAString() {
    String json = "[{\"id\": 1, \"v\": 1}, {\"id\": 2, \"v\": \"1\"}, {\"id\": 3, \"v\": 11}]";

    assertThat(ids("v=1", json)).containsExactly(1, 2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.0|1",
        "1.5|1.5",
        "-0.0|0",
        "100|100",
        "1e21|1e+21",
        "123456789012345680000|123456789012345680000",
        "12345678901234567890|12345678901234567000",
        "0.000001|0.000001",
        "1e-7|1e-7",
        "1.25e-10|1.25e-10",
        "-2.5E+30|-2.5e+30",
        "0.1|0.1",
        "true|true",
        "[1, [2, 3], null, \"x\"]|1,2,3,,x",
        "{\"a\": 1}|[object Object]",
      })
  void plainFilterComparesWithTheJavaScriptStringOfTheValue(String jsonValue, String jsString) {
    String json = "[{\"id\": 1, \"v\": " + jsonValue + "}]";

    assertThat(ids("v=" + jsString.replace("+", "%2B"), json)).containsExactly(1);
  }

  @Test
  void repeatedValuesOfAFilterCombineWithOr() {
    assertThat(ids("id=1&id=3", POSTS)).containsExactly(1, 3);
  }

  @Test
  void differentFiltersCombineWithAnd() {
    assertThat(ids("views=5&title=Second%20post", POSTS)).containsExactly(2);
  }

  @Test
  void filterOnAFieldNoItemHasIsIgnored() {
    assertThat(ids("nosuchfield=1", POSTS)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void filterOnAFieldSomeItemHasExcludesItemsWithoutIt() {
    String json = "[{\"id\": 1, \"x\": null}, {\"id\": 2}, {\"id\": 3, \"x\": \"null\"}]";

    assertThat(ids("x=null", json)).containsExactly(3);
  }

  @Test
  void nullOrMissingValuesNeverMatch() {
    assertThat(ids("author.name=Ann&author.name=null&author.name=undefined", POSTS))
        .containsExactly(1, 3);
  }

  @Test
  void dottedKeysReachIntoNestedObjectsAndArrays() {
    assertThat(ids("author.name=Ann", POSTS)).containsExactly(1, 3);
    assertThat(ids("tags.0=c", POSTS)).containsExactly(2);
    assertThat(ids("tags[1]=b", POSTS)).containsExactly(1);
  }

  @Test
  void aPropertyNamedWithADotWinsOverTheNestedPath() {
    String json = "[{\"id\": 1, \"a.b\": 1, \"a\": {\"b\": 2}}, {\"id\": 2, \"a\": {\"b\": 1}}]";

    assertThat(ids("a.b=1", json)).containsExactly(1, 2);
  }

  @Test
  void arraysMatchTheirCommaJoinedForm() {
    assertThat(ids("tags=a,b", POSTS)).containsExactly(1);
  }

  // --- _ne ---

  @Test
  void notEqualExcludesEveryRepeatedValue() {
    assertThat(ids("id_ne=1", POSTS)).containsExactly(2, 3, 4);
    assertThat(ids("id_ne=1&id_ne=3", POSTS)).containsExactly(2, 4);
  }

  @Test
  void notEqualExcludesItemsWithoutTheField() {
    assertThat(ids("author.name_ne=Bob", POSTS)).containsExactly(1, 3);
  }

  // --- _gte / _lte ---

  @Test
  void rangesOnNumbersCompareNumerically() {
    assertThat(ids("views_gte=10", POSTS)).containsExactly(1, 3);
    assertThat(ids("views_lte=9", POSTS)).containsExactly(2, 4);
    assertThat(ids("views_gte=6&views_lte=15", POSTS)).containsExactly(1);
  }

  @Test
  void rangesOnStringsCompareByCodeUnits() {
    String json =
        "[{\"id\": 1, \"v\": \"10\"}, {\"id\": 2, \"v\": \"9\"}, {\"id\": 3, \"v\": \"a\"}]";

    assertThat(ids("v_gte=9", json)).containsExactly(2, 3);
    assertThat(ids("v_lte=9", json)).containsExactly(1, 2);
    assertThat(ids("v_gte=B", json)).containsExactly(3);
  }

  @Test
  void rangeValuesAreReadAsJavaScriptNumbers() {
    assertThat(ids("views_gte=abc", POSTS)).isEmpty();
    assertThat(ids("views_gte=", POSTS)).containsExactly(1, 2, 3, 4);
    assertThat(ids("views_gte=0x10", POSTS)).containsExactly(3);
    assertThat(ids("views_lte=%201e1%20", POSTS)).containsExactly(1, 2, 4);
  }

  @Test
  void rangesTreatBooleansAsOneAndZero() {
    String json = "[{\"id\": 1, \"b\": true}, {\"id\": 2, \"b\": false}]";

    assertThat(ids("b_gte=1", json)).containsExactly(1);
    assertThat(ids("b_lte=0.5", json)).containsExactly(2);
  }

  @Test
  void repeatedRangeValuesCombineWithOr() {
    assertThat(ids("views_gte=100&views_gte=20", POSTS)).containsExactly(3);
  }

  @Test
  void rangeOnAFieldNoItemHasKeepsNothing() {
    assertThat(ids("nosuchfield_gte=0", POSTS)).isEmpty();
  }

  // --- _like ---

  @Test
  void likeIsACaseInsensitiveRegexFoundAnywhere() {
    assertThat(ids("title_like=^hel%2Bo", POSTS)).containsExactly(1, 4);
    assertThat(ids("title_like=POST", POSTS)).containsExactly(2);
  }

  @Test
  void likeMatchesNumbersByTheirString() {
    assertThat(ids("views_like=^[0-9]$", POSTS)).containsExactly(2, 4);
  }

  @Test
  void repeatedLikeValuesCombineWithOr() {
    assertThat(ids("title_like=third&title_like=second", POSTS)).containsExactly(2, 3);
  }

  @Test
  void invalidLikeRegexIsRejectedWhenParsing() {
    assertThatThrownBy(() -> query("title_like=(abc"))
        .isInstanceOf(InvalidListQueryException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title_like")
        .hasMessageContaining("not a valid regular expression");
  }

  @Test
  void patternsThatBacktrackCatastrophicallyElsewhereRunInLinearTime() {
    String json = "[{\"id\": 1, \"v\": \"" + "a".repeat(5_000) + "!\"}]";
    for (String shape :
        List.of("(.*a){25}b", "(a*)*b", "(a|a)*b", "(a|aa)*c", "((a+)+)+z", "(()*)*b")) {
      ListQuery query = query("v_like=" + encode(shape));

      assertThat(query.filterAndSort(items(json), TIME)).as(shape).isEmpty();
    }
  }

  @Test
  void backreferencesAndLookaroundsAreRefusedWhenParsing() {
    for (String shape : List.of("(a)\\1", "a(?=b)", "a(?!b)", "(?<=a)b")) {
      assertThatThrownBy(() -> query("v_like=" + encode(shape)))
          .as(shape)
          .isInstanceOf(InvalidListQueryException.class)
          .hasMessageContaining("not a valid regular expression");
    }
  }

  @Test
  void patternsThatCompileToHugeProgramsAreRefusedWhenParsing() {
    for (String shape :
        List.of("(a{1,1000}){1,6}", "((a{0,100}){0,100}){0,100}", "(x{1,100}){1,100}")) {
      assertThatThrownBy(() -> query("v_like=" + encode(shape)))
          .as(shape)
          .isInstanceOf(InvalidListQueryException.class)
          .hasMessageContaining("v_like");
    }
    assertThatThrownBy(() -> query("v_like=" + "a".repeat(513)))
        .isInstanceOf(InvalidListQueryException.class)
        .hasMessageContaining("longer than 512");
  }

  @Test
  void matchesOverTheStepBudgetAreTooExpensive() {
    String json = "[{\"id\": 1, \"v\": \"" + "ab".repeat(100_000) + "\"}]";
    ListQuery query = query("v_like=" + encode("(abc|abd|abe|abf){1,20}x"));

    assertThatThrownBy(() -> query.filterAndSort(items(json), TIME))
        .isInstanceOf(InvalidListQueryException.class)
        .hasMessageContaining("too expensive");
  }

  @Test
  void filteringPastItsTimeLimitIsTooExpensive() {
    ListQuery query = query("v_like=x");

    assertThatThrownBy(() -> query.filterAndSort(items(numbered(3)), Duration.ZERO))
        .isInstanceOf(InvalidListQueryException.class)
        .hasMessageContaining("too expensive");
  }

  @Test
  void budgetIsPerCallSoCheapPatternsScanLargeCollections() {
    List<JsonNode> items =
        items(numbered(2_000).replace("}", ", \"v\": \"" + "x".repeat(1_000) + "\"}"));
    ListQuery query = query("v_like=y");

    for (int call = 0; call < 3; call++) {
      assertThat(query.filterAndSort(items, TIME)).isEmpty();
    }
  }

  // --- _sort / _order ---

  @Test
  void sortsAscendingByDefault() {
    assertThat(ids("_sort=views", POSTS)).containsExactly(2, 4, 1, 3);
  }

  @Test
  void sortsDescendingWithCaseInsensitiveOrder() {
    assertThat(ids("_sort=views&_order=DESC", POSTS)).containsExactly(3, 1, 2, 4);
  }

  @Test
  void sortIsStableForEqualKeysInBothDirections() {
    String json = "[{\"id\": 1, \"k\": 1}, {\"id\": 2, \"k\": 0}, {\"id\": 3, \"k\": 1}]";

    assertThat(ids("_sort=k", json)).containsExactly(2, 1, 3);
    assertThat(ids("_sort=k&_order=desc", json)).containsExactly(1, 3, 2);
  }

  @Test
  void multiFieldSortWithMixedOrders() {
    assertThat(ids("_sort=author.name,views&_order=asc,desc", POSTS)).containsExactly(3, 1, 2, 4);
    assertThat(ids("_sort=views,id&_order=desc,desc", POSTS)).containsExactly(3, 1, 4, 2);
  }

  @Test
  void missingOrUnknownOrderEntriesMeanAscending() {
    assertThat(ids("_sort=views,id&_order=desc", POSTS)).containsExactly(3, 1, 2, 4);
    assertThat(ids("_sort=views&_order=down", POSTS)).containsExactly(2, 4, 1, 3);
  }

  @Test
  void sortPutsNullThenMissingLastAscendingAndFirstDescending() {
    String json =
        """
        [{"id": 1}, {"id": 2, "k": null}, {"id": 3, "k": "b"}, {"id": 4, "k": "0"}, {"id": 5, "k": "a"}]
        """;

    assertThat(ids("_sort=k", json)).containsExactly(4, 5, 3, 2, 1);
    assertThat(ids("_sort=k&_order=desc", json)).containsExactly(1, 2, 3, 5, 4);
  }

  @Test
  void sortComparesStringsByCodeUnits() {
    String json =
        "[{\"id\": 1, \"s\": \"b\"}, {\"id\": 2, \"s\": \"B\"}, {\"id\": 3, \"s\": \"a\"},"
            + " {\"id\": 4, \"s\": \"\u00e9\"}]";

    assertThat(ids("_sort=s", json)).containsExactly(2, 3, 1, 4);
  }

  @Test
  void sortComparesNumericStringsWithNumbersNumerically() {
    String json = "[{\"id\": 1, \"k\": \"10\"}, {\"id\": 2, \"k\": 9}, {\"id\": 3, \"k\": 2.5}]";

    assertThat(ids("_sort=k", json)).containsExactly(3, 2, 1);
  }

  @Test
  void inconsistentMixedTypeSortNeverThrows() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 500; i++) {
      String k = i % 3 == 0 ? "\"s" + (i * 7 % 13) + "\"" : String.valueOf(i * 31 % 17);
      json.append(i == 0 ? "" : ",").append("{\"id\": ").append(i).append(", \"k\": ").append(k);
      json.append("}");
    }
    json.append("]");

    assertThat(ids("_sort=k", json.toString())).hasSize(500).doesNotHaveDuplicates();
  }

  // --- slicing with _page ---

  @Test
  void pageTwoOfThreeLinksFirstPrevNextLast() {
    Slice slice = query("_page=2&_limit=2").slice(5);

    assertThat(slice).isEqualTo(new Slice(2, 4, true, new Page(1, 1, 3, 3)));
    assertThat(slice.exposeHeaders()).isEqualTo("X-Total-Count, Link");
    assertThat(slice.page().linkHeader("http://h/posts?_page=2&_limit=2"))
        .isEqualTo(
            "<http://h/posts?_page=1&_limit=2>; rel=\"first\", "
                + "<http://h/posts?_page=1&_limit=2>; rel=\"prev\", "
                + "<http://h/posts?_page=3&_limit=2>; rel=\"next\", "
                + "<http://h/posts?_page=3&_limit=2>; rel=\"last\"");
  }

  @Test
  void firstPageLinksFirstNextLast() {
    Page page = query("_limit=2&_page=1").slice(5).page();

    assertThat(page).isEqualTo(new Page(1, 0, 2, 3));
    assertThat(page.linkHeader("http://h/p?_limit=2&_page=1&per_page=1"))
        .isEqualTo(
            "<http://h/p?_limit=2&_page=1&per_page=1>; rel=\"first\", "
                + "<http://h/p?_limit=2&_page=2&per_page=1>; rel=\"next\", "
                + "<http://h/p?_limit=2&_page=3&per_page=1>; rel=\"last\"");
  }

  @Test
  void lastPageLinksFirstPrevLast() {
    Slice slice = query("_page=3&_limit=2").slice(5);

    assertThat(slice).isEqualTo(new Slice(4, 5, true, new Page(1, 2, 0, 3)));
  }

  @Test
  void pageHoldingEveryItemHasNoLinks() {
    Slice slice = query("_page=1").slice(7);

    assertThat(slice).isEqualTo(new Slice(0, 7, true, new Page(0, 0, 0, 0)));
    assertThat(slice.page().linkHeader("http://h/p?_page=1")).isNull();
  }

  @Test
  void pageBeyondTheEndIsEmptyWithoutLinks() {
    Slice slice = query("_page=4&_limit=2").slice(5);

    assertThat(slice.from()).isEqualTo(slice.to());
    assertThat(slice.counted()).isTrue();
    assertThat(slice.page().linkHeader("http://h/p?_page=4&_limit=2")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"_page=2", "_page=2&_limit=0", "_page=2&_limit=abc", "_page=2&_limit=-0"})
  void pagesHoldTenItemsUnlessALimitIsGiven(String params) {
    assertThat(query(params).slice(25)).isEqualTo(new Slice(10, 20, true, new Page(1, 1, 3, 3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "abc", "%20", "-"})
  void pageBelowOneOrNotANumberIsTheFirstPage(String page) {
    assertThat(query("_limit=2&_page=" + page).slice(5).from()).isZero();
    assertThat(query("_limit=2&_page=" + page).slice(5).to()).isEqualTo(2);
  }

  @Test
  void pageAndLimitAreReadLikeParseInt() {
    assertThat(query("_page=%202abc&_limit=3.9").slice(10))
        .isEqualTo(new Slice(3, 6, true, new Page(1, 1, 3, 4)));
  }

  @Test
  void pageWinsOverStartAndEnd() {
    assertThat(query("_page=2&_limit=2&_start=0&_end=1").slice(5).from()).isEqualTo(2);
  }

  // --- slicing with _start / _end / _limit ---

  @Test
  void startAndEndSliceLikeArraySlice() {
    assertThat(query("_start=1&_end=3").slice(5)).isEqualTo(new Slice(1, 3, true, null));
    assertThat(query("_end=2").slice(5)).isEqualTo(new Slice(0, 2, true, null));
    assertThat(query("_start=-2&_end=10").slice(5)).isEqualTo(new Slice(3, 5, true, null));
    assertThat(query("_start=1&_end=-1").slice(5)).isEqualTo(new Slice(1, 4, true, null));
    assertThat(query("_start=abc&_end=2").slice(5)).isEqualTo(new Slice(0, 2, true, null));
  }

  @Test
  void endBeforeStartOrNotANumberIsEmpty() {
    assertThat(query("_start=3&_end=1").slice(5)).isEqualTo(new Slice(3, 3, true, null));
    assertThat(query("_start=1&_end=abc").slice(5)).isEqualTo(new Slice(1, 1, true, null));
  }

  @Test
  void endWinsOverLimit() {
    assertThat(query("_start=1&_end=2&_limit=3").slice(5)).isEqualTo(new Slice(1, 2, true, null));
  }

  @Test
  void startAndLimitTakeThatManyItems() {
    assertThat(query("_start=1&_limit=2").slice(5)).isEqualTo(new Slice(1, 3, true, null));
    assertThat(query("_limit=3").slice(2)).isEqualTo(new Slice(0, 2, true, null));
    assertThat(query("_start=-2&_limit=1").slice(5)).isEqualTo(new Slice(3, 4, true, null));
  }

  @Test
  void limitThatIsNotANumberReturnsNothingButCounts() {
    Slice slice = query("_limit=abc").slice(5);

    assertThat(slice).isEqualTo(new Slice(0, 0, true, null));
    assertThat(slice.exposeHeaders()).isEqualTo("X-Total-Count");
  }

  @Test
  void startAloneDoesNothing() {
    assertThat(query("_start=2").slice(5)).isEqualTo(new Slice(0, 5, false, null));
  }

  @Test
  void emptySlicingValuesCountAsAbsent() {
    assertThat(query("_page=&_limit=&_end=").slice(5)).isEqualTo(new Slice(0, 5, false, null));
    assertThat(query("_page=&_limit=2").slice(5)).isEqualTo(new Slice(0, 2, true, null));
  }

  @Test
  void repeatedSlicingValuesAreReadJoinedByCommas() {
    assertThat(query("_limit=2&_limit=4").slice(5)).isEqualTo(new Slice(0, 2, true, null));
    assertThat(query("_limit=&_limit=").slice(5)).isEqualTo(new Slice(0, 0, true, null));
  }

  // --- everything together ---

  @Test
  void filterSortAndPageCombine() {
    ListQuery query = query("views_lte=10&_sort=views,id&_order=desc,asc&_page=2&_limit=2");
    List<JsonNode> result = query.filterAndSort(items(POSTS), TIME);
    Slice slice = query.slice(result.size());

    assertThat(result).extracting(n -> n.get("id").asInt()).containsExactly(1, 2, 4);
    assertThat(slice).isEqualTo(new Slice(2, 3, true, new Page(1, 1, 0, 2)));
  }

  @Test
  void searchFilterSortAndWindowCombineAsReactAdminSendsThem() {
    assertThat(ids("q=ann&tags_like=^$|a&_sort=id&_order=DESC&_start=0&_end=1", POSTS))
        .containsExactly(3);
  }

  @Test
  void aListThatSlicesNothingGetsTheDefaultPageWithItsCountAndLinks() {
    ListQuery query = ListQuery.parse(Map.of("q", List.of("a")), 10);

    Slice slice = query.slice(25);

    assertThat(slice).isEqualTo(new Slice(0, 10, true, new Page(1, 0, 2, 3, 10)));
    assertThat(slice.exposeHeaders()).isEqualTo("X-Total-Count, Link");
    assertThat(slice.page().linkHeader("http://h/mock/p/users?q=a"))
        .isEqualTo(
            "<http://h/mock/p/users?q=a&_page=1&_limit=10>; rel=\"first\", "
                + "<http://h/mock/p/users?q=a&_page=2&_limit=10>; rel=\"next\", "
                + "<http://h/mock/p/users?q=a&_page=3&_limit=10>; rel=\"last\"");
    assertThat(ListQuery.parse(Map.of(), 10).bounds()).isEqualTo(new ListQuery.Bounds(0, 10));
  }

  @Test
  void aListWithinTheDefaultLimitIsAnsweredWholeAsJsonServerDoes() {
    assertThat(ListQuery.parse(Map.of(), 10).slice(10)).isEqualTo(new Slice(0, 10, false, null));
    assertThat(ListQuery.parse(Map.of("_start", List.of("2")), 10).slice(25))
        .isEqualTo(new Slice(0, 10, true, new Page(1, 0, 2, 3, 10)));
  }

  @Test
  void anExplicitLimitIsHonouredPastTheDefault() {
    assertThat(ListQuery.parse(Map.of("_limit", List.of("50")), 10).slice(60))
        .isEqualTo(new Slice(0, 50, true, null));
  }

  @Test
  void filterAndSortLeavesTheInputUntouched() {
    List<JsonNode> posts = items(POSTS);

    query("_sort=views&_order=desc").filterAndSort(posts, TIME);

    assertThat(posts).extracting(n -> n.get("id").asInt()).containsExactly(1, 2, 3, 4);
  }
}
