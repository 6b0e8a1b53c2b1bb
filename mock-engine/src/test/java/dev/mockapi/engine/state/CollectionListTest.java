package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * List requests over HTTP: the query as a client encodes it, the headers and the problems; the list
 * semantics themselves (filters, sort, search) are unit-tested in {@link CollectionListsTest}.
 */
class CollectionListTest extends EngineIntegrationTest {

  private Project project;

  @BeforeEach
  void books() {
    project = newProject();
    serve(project.table(1, Endpoint.crud(1, "books")));
    for (String book : CollectionListsTest.SEVEN_BOOKS) {
      mock.send("POST", project.path("/books"), book);
    }
  }

  private HttpResponse<String> list(String query) {
    return mock.get(project.path("/books" + query));
  }

  private static List<String> titles(HttpResponse<String> response) {
    List<String> titles = new ArrayList<>();
    for (JsonNode book : MockClient.json(response)) {
      titles.add(book.path("title").asString());
    }
    return titles;
  }

  @Test
  void plainListIsEveryItemInInsertionOrderWithoutCountHeaders() {
    HttpResponse<String> response = list("");

    assertThat(titles(response)).hasSize(7).startsWith("Dune", "Emma");
    assertThat(response.headers().firstValue("X-Total-Count")).isEmpty();
  }

  @Test
  void pageTwoLinksFirstPrevNextLastAndExposesTheHeaders() {
    HttpResponse<String> response = list("?_page=2&_limit=2");

    assertThat(titles(response)).containsExactly("Neuromancer", "Persuasion");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("7");
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValue("X-Total-Count, Link");
    String base = "http://127.0.0.1:" + server.port() + project.path("/books");
    assertThat(response.headers().firstValue("Link"))
        .hasValue(
            "<"
                + base
                + "?_page=1&_limit=2>; rel=\"first\", <"
                + base
                + "?_page=1&_limit=2>; rel=\"prev\", <"
                + base
                + "?_page=3&_limit=2>; rel=\"next\", <"
                + base
                + "?_page=4&_limit=2>; rel=\"last\"");
  }

  @Test
  void startEndAndStartLimitSliceTheList() {
    HttpResponse<String> startEnd = list("?_start=1&_end=3");

    assertThat(titles(startEnd)).containsExactly("Emma", "Neuromancer");
    assertThat(startEnd.headers().firstValue("X-Total-Count")).hasValue("7");
    assertThat(startEnd.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValue("X-Total-Count");
    assertThat(titles(list("?_start=5&_limit=5"))).containsExactly("Ulysses", "Foundation");
    assertThat(titles(list("?_start=-2&_end=-1"))).containsExactly("Ulysses");
  }

  @Test
  void anEncodedLikePatternIsDecodedBeforeItMatches() {
    assertThat(titles(list("?title_like=%5E(d%7Cf)"))).containsExactly("Dune", "Foundation");
  }

  @Test
  void filterSortAndPageTogether() {
    HttpResponse<String> response = list("?genre=scifi&_sort=year&_order=desc&_page=2&_limit=3");

    assertThat(titles(response)).containsExactly("Foundation");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("4");
    assertThat(response.headers().firstValue("Link").orElseThrow())
        .contains("rel=\"first\"")
        .contains("rel=\"prev\"")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void anInvalidLikePatternThen400() {
    HttpResponse<String> response = list("?title_like=(unclosed");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(MockClient.json(response).path("type").asString())
        .isEqualTo("urn:mockapi:problem:invalid-query");
  }

  @Test
  void crossOriginListsExposeTheCountToBrowsers() {
    HttpResponse<String> response =
        mock.get(project.path("/books?_page=1"), "Origin", "http://localhost:3000");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("X-Total-Count")
        .contains("Link");
  }
}
