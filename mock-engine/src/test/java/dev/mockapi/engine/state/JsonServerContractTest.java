package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The exact requests react-admin's json-server data provider ({@code ra-data-json-server}) sends,
 * answered as json-server 0.17 answers them.
 */
class JsonServerContractTest extends EngineIntegrationTest {

  @Test
  void aReactAdminSessionGetsJsonServerAnswers() {
    Project project = newProject();
    serve(project.table(1, Endpoint.crud(1, "posts")));
    String posts = project.path("/posts");

    // create: POST the record without id; the answer is the record with its new id
    HttpResponse<String> created = mock.send("POST", posts, "{\"title\":\"Zebra\",\"views\":3}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(MockClient.json(created).path("id").asInt()).isEqualTo(1);
    mock.send("POST", posts, "{\"title\":\"Apple\",\"views\":10}");
    mock.send("POST", posts, "{\"title\":\"Mango\",\"views\":7}");

    // getList: _end, _order, _sort, _start in the provider's (alphabetical) order
    HttpResponse<String> list = mock.get(posts + "?_end=2&_order=ASC&_sort=title&_start=0");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(titles(list)).containsExactly("Apple", "Mango");

    // getList with a filter and descending sort: page 2 of 1 per page
    HttpResponse<String> filtered =
        mock.get(posts + "?_end=2&_order=DESC&_sort=views&_start=1&views_gte=5");
    assertThat(filtered.headers().firstValue("X-Total-Count")).hasValue("2");
    assertThat(titles(filtered)).containsExactly("Mango");

    // getOne
    assertThat(MockClient.json(mock.get(posts + "/2")).path("title").asString()).isEqualTo("Apple");

    // getMany: repeated id=
    assertThat(titles(mock.get(posts + "?id=1&id=3"))).containsExactly("Zebra", "Mango");

    // update: PUT the whole record (id included); the answer is the stored record
    HttpResponse<String> updated =
        mock.send("PUT", posts + "/3", "{\"id\":3,\"title\":\"Mango!\",\"views\":8}");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.body()).isEqualTo("{\"id\":3,\"title\":\"Mango!\",\"views\":8}");

    // delete, then the record is gone from getOne and getList
    assertThat(mock.send("DELETE", posts + "/1", null).statusCode()).isEqualTo(200);
    assertThat(mock.get(posts + "/1").statusCode()).isEqualTo(404);
    HttpResponse<String> after = mock.get(posts + "?_end=10&_order=ASC&_sort=id&_start=0");
    assertThat(after.headers().firstValue("X-Total-Count")).hasValue("2");
    assertThat(titles(after)).containsExactly("Apple", "Mango!");
  }

  @Test
  void getManyReferenceFiltersByTheForeignKey() {
    Project project = newProject();
    serve(project.table(1, Endpoint.crud(1, "comments")));
    String comments = project.path("/comments");
    mock.send("POST", comments, "{\"postId\":1,\"body\":\"b\"}");
    mock.send("POST", comments, "{\"postId\":2,\"body\":\"x\"}");
    mock.send("POST", comments, "{\"postId\":1,\"body\":\"a\"}");

    HttpResponse<String> response =
        mock.get(comments + "?_end=25&_order=ASC&_sort=body&_start=0&postId=1");

    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("2");
    List<String> bodies = new ArrayList<>();
    for (JsonNode comment : MockClient.json(response)) {
      bodies.add(comment.path("body").asString());
    }
    assertThat(bodies).containsExactly("a", "b");
  }

  private static List<String> titles(HttpResponse<String> response) {
    List<String> titles = new ArrayList<>();
    for (JsonNode post : MockClient.json(response)) {
      titles.add(post.path("title").asString());
    }
    return titles;
  }
}
