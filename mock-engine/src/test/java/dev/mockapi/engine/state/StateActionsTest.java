package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.model.ProblemType;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.testsupport.InMemoryCollectionStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state actions on an in-memory store (no Spring, no Redis): what each action answers and how
 * the store's refusals reach the client. Limits: 3 items a collection, 100 bytes an item.
 */
class StateActionsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PROJECT = "0b5f3c2e-8d1a-4f6b-9c7e-2a4d6f8b0c1e";

  private final InMemoryCollectionStore store =
      new InMemoryCollectionStore(new StateLimits(3, 100, 10, 10_000));
  private StateActions actions = actionsOn(store);

  private static StateActions actionsOn(CollectionStore store) {
    return new StateActions(store, JSON, Duration.ofSeconds(1), 2, Duration.ofSeconds(1));
  }

  private StateOutcome call(StateAction action, String id, String body) {
    return call(action, id, body, Map.of());
  }

  private StateOutcome call(
      StateAction action, String id, String body, Map<String, List<String>> query) {
    return actions
        .apply(
            new StateActions.Call(
                PROJECT,
                new StateBinding("users", action),
                id,
                query,
                body,
                "http://mock.test/p/users"))
        .block();
  }

  private String create(String body) {
    return call(StateAction.CREATE, null, body).body();
  }

  private StateException problem(StateAction action, String id, String body) {
    return catchThrowableOfType(StateException.class, () -> call(action, id, body));
  }

  @Test
  void createdItemGetsTheNextIdAfterAGivenNumber() {
    assertThat(create("{\"name\":\"Ada\"}")).isEqualTo("{\"name\":\"Ada\",\"id\":1}");
    assertThat(create("{\"id\":7,\"name\":\"Bob\"}")).isEqualTo("{\"id\":7,\"name\":\"Bob\"}");
    assertThat(create("{\"id\":null}")).isEqualTo("{\"id\":8}");
  }

  @Test
  void aStringIdIsKeptAsGivenAndFoundByIt() {
    create("{\"id\":\"ada\",\"name\":\"Ada\"}");

    assertThat(call(StateAction.GET, "ada", "").body())
        .isEqualTo("{\"id\":\"ada\",\"name\":\"Ada\"}");
  }

  @Test
  void createWithATakenIdIsADuplicateIdProblem() {
    create("{\"id\":7}");

    StateException duplicate = problem(StateAction.CREATE, null, "{\"id\":7,\"name\":\"Eve\"}");

    assertThat(duplicate.type()).isEqualTo(ProblemType.DUPLICATE_ID);
    assertThat(duplicate.detail()).isEqualTo("An item with id '7' already exists in 'users'");
    assertThat(call(StateAction.GET, "7", "").body()).isEqualTo("{\"id\":7}");
  }

  @Test
  void aFullCollectionIsACollectionFullProblemNamingTheLimit() {
    create("{}");
    create("{}");
    create("{}");

    StateException full = problem(StateAction.CREATE, null, "{}");

    assertThat(full.type()).isEqualTo(ProblemType.COLLECTION_FULL);
    assertThat(full.detail()).contains("3 items", "mockapi.limits.items-per-collection");
  }

  @Test
  void anItemOverTheSizeLimitIsAnItemTooLargeProblemOnCreateAndPatch() {
    String text = "x".repeat(90);

    StateException created = problem(StateAction.CREATE, null, "{\"text\":\"" + text + "\"}");
    create("{\"text\":\"short\"}");
    StateException patched = problem(StateAction.PATCH, "1", "{\"text\":\"" + text + "\"}");

    assertThat(created.type()).isEqualTo(ProblemType.ITEM_TOO_LARGE);
    assertThat(created.detail()).contains("100 bytes", "mockapi.limits.item-size");
    assertThat(patched.type()).isEqualTo(ProblemType.ITEM_TOO_LARGE);
    assertThat(call(StateAction.GET, "1", "").body()).isEqualTo("{\"text\":\"short\",\"id\":1}");
  }

  @Test
  void aBodyThatIsNotAJsonObjectOrAnIdThatIsNoIdIsAnInvalidItemProblem() {
    assertThat(problem(StateAction.CREATE, null, "[1,2]").type())
        .isEqualTo(ProblemType.INVALID_ITEM);
    assertThat(problem(StateAction.CREATE, null, "{\"name\":").detail())
        .startsWith("The request body is not valid JSON");
    assertThat(problem(StateAction.CREATE, null, "{\"id\":1.5}").detail())
        .isEqualTo("\"id\" must be a non-empty string or a whole number");
    assertThat(problem(StateAction.CREATE, null, "{\"id\":\"\"}").type())
        .isEqualTo(ProblemType.INVALID_ITEM);
  }

  @Test
  void aMissingItemIsAnItemNotFoundProblemForEveryActionById() {
    for (StateAction action :
        List.of(StateAction.GET, StateAction.REPLACE, StateAction.PATCH, StateAction.DELETE)) {
      StateException missing = problem(action, "9", "{}");

      assertThat(missing.type()).as(action.name()).isEqualTo(ProblemType.ITEM_NOT_FOUND);
      assertThat(missing.detail()).isEqualTo("No item with id '9' in collection 'users'");
    }
  }

  @Test
  void anEndpointWithoutAnIdSegmentIsAMissingIdProblem() {
    assertThat(problem(StateAction.GET, null, "").type()).isEqualTo(ProblemType.MISSING_ID);
  }

  @Test
  void replaceSwapsTheWholeItemButKeepsItsId() {
    create("{\"name\":\"Ada\",\"role\":\"admin\"}");

    String replaced = call(StateAction.REPLACE, "1", "{\"name\":\"Bob\",\"id\":99}").body();

    assertThat(replaced).isEqualTo("{\"name\":\"Bob\",\"id\":1}");
    assertThat(call(StateAction.GET, "1", "").body()).isEqualTo(replaced);
  }

  @Test
  void patchIsAJsonMergePatch() {
    create("{\"name\":\"Ada\",\"address\":{\"city\":\"London\",\"zip\":\"N1\"},\"tags\":[1]}");

    String patched =
        call(
                StateAction.PATCH,
                "1",
                "{\"address\":{\"city\":\"Paris\",\"zip\":null},\"tags\":null,\"age\":36}")
            .body();

    assertThat(JSON.readTree(patched))
        .isEqualTo(
            JSON.readTree(
                "{\"name\":\"Ada\",\"address\":{\"city\":\"Paris\"},\"id\":1,\"age\":36}"));
    assertThat(call(StateAction.GET, "1", "").body()).isEqualTo(patched);
  }

  @Test
  void aPatchRacingAnotherWriteIsMergedOntoThatWrite() {
    create("{\"name\":\"Ada\",\"age\":36}");
    AtomicBoolean raced = new AtomicBoolean();
    actions = actionsOn(racingFirstRead(store, raced));

    String patched = call(StateAction.PATCH, "1", "{\"age\":37}").body();

    assertThat(raced).isTrue();
    assertThat(patched).isEqualTo("{\"name\":\"Eve\",\"age\":37,\"id\":1}");
  }

  /** The store, where another client renames item 1 right after the first read of it. */
  private static CollectionStore racingFirstRead(CollectionStore store, AtomicBoolean raced) {
    CollectionRef users = new CollectionRef(PROJECT, "users");
    return (CollectionStore)
        Proxy.newProxyInstance(
            StateActionsTest.class.getClassLoader(),
            new Class<?>[] {CollectionStore.class},
            (proxy, method, args) -> {
              Object answer;
              try {
                answer = method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (method.getName().equals("get") && !raced.getAndSet(true)) {
                String current = store.get(users, "1").join();
                store.replace(users, "1", current, current.replace("Ada", "Eve")).join();
              }
              return answer;
            });
  }

  @Test
  void deleteAnswersTheItemOnceAndThenItIsGone() {
    create("{\"name\":\"Ada\"}");

    assertThat(call(StateAction.DELETE, "1", "").body()).isEqualTo("{\"name\":\"Ada\",\"id\":1}");
    assertThat(problem(StateAction.GET, "1", "").type()).isEqualTo(ProblemType.ITEM_NOT_FOUND);
  }

  @Test
  void resetSaysHowManyItemsItRemovedAndIdsStartAgain() {
    create("{}");
    create("{}");

    StateOutcome reset = call(StateAction.RESET, null, "");

    assertThat(reset.body()).isEqualTo("{\"collection\":\"users\",\"removed\":2}");
    assertThat(create("{}")).isEqualTo("{\"id\":1}");
  }

  @Test
  void aListBeyondTheDefaultLimitIsTheFirstPageWithCountAndLinks() {
    create("{}");
    create("{}");
    create("{}");

    StateOutcome list = call(StateAction.LIST, null, "", Map.of());

    assertThat(list.body()).isEqualTo("[{\"id\":1},{\"id\":2}]");
    assertThat(list.list()).isTrue();
    assertThat(list.total()).isEqualTo(3);
    assertThat(list.headers())
        .containsEntry("X-Total-Count", "3")
        .containsEntry(
            "Link",
            "<http://mock.test/p/users?_page=1&_limit=2>; rel=\"first\", "
                + "<http://mock.test/p/users?_page=2&_limit=2>; rel=\"next\", "
                + "<http://mock.test/p/users?_page=2&_limit=2>; rel=\"last\"");
  }

  @Test
  void anInvalidLikePatternIsAnInvalidQueryProblem() {
    StateException invalid =
        catchThrowableOfType(
            StateException.class,
            () -> call(StateAction.LIST, null, "", Map.of("name_like", List.of("(unclosed"))));

    assertThat(invalid.type()).isEqualTo(ProblemType.INVALID_QUERY);
  }
}
