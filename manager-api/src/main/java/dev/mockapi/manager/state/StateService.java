package dev.mockapi.manager.state;

import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.state.StateResponses.CollectionCount;
import dev.mockapi.manager.state.StateResponses.CollectionList;
import dev.mockapi.manager.state.StateResponses.CollectionPage;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.state.CollectionRef;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads and resets a project's collections; Viewers may read, Editors reset. */
@Service
class StateService {

  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final int MAX_PAGE_SIZE = 500;

  private final ProjectAccess access;
  private final StateStore store;
  private final JsonMapper json;

  StateService(ProjectAccess access, StateStore store, JsonMapper json) {
    this.access = access;
    this.store = store;
    this.json = json;
  }

  CollectionList collections(long projectId, long userId) {
    String projectKey = access.require(projectId, userId, Role.VIEWER).getProjectKey();
    return new CollectionList(
        store.counts(projectKey).entrySet().stream()
            .map(count -> new CollectionCount(count.getKey(), count.getValue()))
            .toList());
  }

  /**
   * A page of the collection; one never written to is empty (the engine creates collections on
   * first write).
   */
  CollectionPage page(long projectId, long userId, String name, String page, String size) {
    String projectKey = access.require(projectId, userId, Role.VIEWER).getProjectKey();
    FieldErrors errors = new FieldErrors();
    checkName(name, errors);
    int pageNumber = parse(page, 1, Integer.MAX_VALUE, 1, "page", errors);
    int pageSize = parse(size, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "size", errors);
    errors.throwIfAny();
    long from = (pageNumber - 1L) * pageSize;
    var window =
        store.window(
            new CollectionRef(projectKey, name),
            (int) Math.min(from, Integer.MAX_VALUE),
            (int) Math.min(from + pageSize, Integer.MAX_VALUE));
    return new CollectionPage(
        name,
        window.total(),
        pageNumber,
        pageSize,
        window.items().stream().map(json::readTree).toList());
  }

  /** Empties the collection and restores its seed, if it was seeded. */
  void reset(long projectId, long userId, String name) {
    String projectKey = access.require(projectId, userId, Role.EDITOR).getProjectKey();
    FieldErrors errors = new FieldErrors();
    checkName(name, errors);
    errors.throwIfAny();
    store.reset(new CollectionRef(projectKey, name));
  }

  /** Resets every collection of the project, one after the other. */
  void resetAll(long projectId, long userId) {
    String projectKey = access.require(projectId, userId, Role.EDITOR).getProjectKey();
    for (String name : store.counts(projectKey).keySet()) {
      store.reset(new CollectionRef(projectKey, name));
    }
  }

  private static void checkName(String name, FieldErrors errors) {
    errors.check(CollectionNames.isValid(name), "collection", CollectionNames.RULE);
  }

  /** A whole number from min to max, {@code fallback} when absent; else a field error. */
  private static int parse(
      String text, int min, int max, int fallback, String field, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String rule =
        max == Integer.MAX_VALUE
            ? "must be a whole number of at least " + min
            : "must be a whole number from " + min + " to " + max;
    try {
      int value = Integer.parseInt(text.strip());
      if (errors.check(value >= min && value <= max, field, rule)) {
        return value;
      }
    } catch (NumberFormatException e) {
      errors.add(field, rule);
    }
    return fallback;
  }
}
