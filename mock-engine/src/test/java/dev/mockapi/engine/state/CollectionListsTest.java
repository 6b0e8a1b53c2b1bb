package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.ListQuery;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.testsupport.InMemoryCollectionStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** json-server lists of a collection of seven books, on an in-memory store. */
class CollectionListsTest {

  private static final String URL = "http://mock.test/p/books";

  private final InMemoryCollectionStore store =
      new InMemoryCollectionStore(new StateLimits(100, 1_000, 10, 100_000));
  private final CollectionRef books = new CollectionRef(StateActionsTest.PROJECT, "books");
  private final CollectionLists lists =
      new CollectionLists(store, StateActionsTest.JSON, Duration.ofSeconds(1));

  /** Seven books with ids 1 to 7, in insertion order: title, author's name, year, genre. */
  static final List<String> SEVEN_BOOKS = sevenBooks();

  private static List<String> sevenBooks() {
    String[][] rows = {
      {"Dune", "Herbert", "1965", "scifi"},
      {"Emma", "Austen", "1815", "classic"},
      {"Neuromancer", "Gibson", "1984", "scifi"},
      {"Persuasion", "Austen", "1817", "classic"},
      {"Hyperion", "Simmons", "1989", "scifi"},
      {"Ulysses", "Joyce", "1922", "classic"},
      {"Foundation", "Asimov", "1951", "scifi"}
    };
    List<String> items = new ArrayList<>();
    for (String[] book : rows) {
      items.add(
          "{\"id\":%d,\"title\":\"%s\",\"author\":{\"name\":\"%s\"},\"year\":%s,\"genre\":\"%s\"}"
              .formatted(items.size() + 1, book[0], book[1], book[2], book[3]));
    }
    return List.copyOf(items);
  }

  @BeforeEach
  void seedTheBooks() {
    store.seed(books.projectKey(), Map.of(books.name(), SEVEN_BOOKS)).join();
  }

  /** The list for a query string as a client sends it (URL-encoded), with the default limit. */
  private StateOutcome list(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
      String[] parts = pair.split("=", 2);
      params
          .computeIfAbsent(decode(parts[0]), key -> new ArrayList<>())
          .add(decode(parts.length > 1 ? parts[1] : ""));
    }
    String url = query.isEmpty() ? URL : URL + "?" + query;
    return lists.list(books, ListQuery.parse(params, 1_000), url).join();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static List<String> titles(StateOutcome outcome) {
    List<String> titles = new ArrayList<>();
    for (JsonNode book : StateActionsTest.JSON.readTree(outcome.body())) {
      titles.add(book.path("title").asString());
    }
    return titles;
  }

  @Test
  void aPlainListIsEveryItemAsStoredInInsertionOrderWithoutCountHeaders() {
    StateOutcome all = list("");

    assertThat(titles(all)).hasSize(7).startsWith("Dune", "Emma");
    assertThat(all.body()).startsWith("[" + store.get(books, "1").join() + ",");
    assertThat(all.total()).isEqualTo(7);
    assertThat(all.headers()).isEmpty();
  }

  @Test
  void pageTwoLinksFirstPrevNextLastAndExposesTheHeaders() {
    StateOutcome page = list("_page=2&_limit=2");

    assertThat(titles(page)).containsExactly("Neuromancer", "Persuasion");
    assertThat(page.headers())
        .containsEntry("X-Total-Count", "7")
        .containsEntry("Access-Control-Expose-Headers", "X-Total-Count, Link")
        .containsEntry(
            "Link",
            "<"
                + URL
                + "?_page=1&_limit=2>; rel=\"first\", <"
                + URL
                + "?_page=1&_limit=2>; rel=\"prev\", <"
                + URL
                + "?_page=3&_limit=2>; rel=\"next\", <"
                + URL
                + "?_page=4&_limit=2>; rel=\"last\"");
  }

  @Test
  void startEndAndStartLimitSliceTheListAndCountItWithoutLinks() {
    StateOutcome startEnd = list("_start=1&_end=3");

    assertThat(titles(startEnd)).containsExactly("Emma", "Neuromancer");
    assertThat(startEnd.headers())
        .containsEntry("X-Total-Count", "7")
        .containsEntry("Access-Control-Expose-Headers", "X-Total-Count")
        .doesNotContainKey("Link");
    assertThat(titles(list("_start=5&_limit=5"))).containsExactly("Ulysses", "Foundation");
    assertThat(titles(list("_start=-2&_end=-1"))).containsExactly("Ulysses");
  }

  @Test
  void sortBySeveralFieldsWithTheirOwnOrders() {
    assertThat(titles(list("_sort=genre,year&_order=asc,desc")))
        .containsExactly(
            "Ulysses", "Persuasion", "Emma", "Hyperion", "Neuromancer", "Dune", "Foundation");
  }

  @Test
  void filtersByValueNestedFieldRangeNotEqualAndLike() {
    assertThat(titles(list("genre=classic&genre=nothing")))
        .containsExactly("Emma", "Persuasion", "Ulysses");
    assertThat(titles(list("author.name=Austen"))).containsExactly("Emma", "Persuasion");
    assertThat(titles(list("year_gte=1950&year_lte=1985")))
        .containsExactly("Dune", "Neuromancer", "Foundation");
    assertThat(titles(list("genre_ne=scifi&author.name_ne=Joyce")))
        .containsExactly("Emma", "Persuasion");
    assertThat(titles(list("title_like=%5E(d%7Cf)"))).containsExactly("Dune", "Foundation");
    assertThat(titles(list("unknownField=x"))).as("unknown fields are ignored").hasSize(7);
  }

  @Test
  void fullTextSearchLooksIntoEveryValue() {
    assertThat(titles(list("q=austen"))).containsExactly("Emma", "Persuasion");
    assertThat(titles(list("q=198"))).containsExactly("Neuromancer", "Hyperion");
    assertThat(list("q=austen").total()).isEqualTo(2);
  }

  @Test
  void filterSortAndPageTogetherCountTheFilteredList() {
    StateOutcome page = list("genre=scifi&_sort=year&_order=desc&_page=2&_limit=3");

    assertThat(titles(page)).containsExactly("Foundation");
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.headers()).containsEntry("X-Total-Count", "4");
    assertThat(page.headers().get("Link"))
        .contains("rel=\"first\"")
        .contains("rel=\"prev\"")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void aPageBeyondTheEndIsEmptyButCounted() {
    StateOutcome beyond = list("_page=9&_limit=2");

    assertThat(beyond.body()).isEqualTo("[]");
    assertThat(beyond.headers()).containsEntry("X-Total-Count", "7");
  }
}
