package dev.mockapi.manager.livelog;

import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.RequestLogEvent;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads, counts and clears a project's request history; Viewers may read, Editors clear. */
@Service
class RequestHistoryService {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  static final String LIMIT_RULE = "must be a whole number from 1 to " + MAX_LIMIT;

  private final ProjectAccess access;
  private final RequestHistoryStore history;

  RequestHistoryService(ProjectAccess access, RequestHistoryStore history) {
    this.access = access;
    this.history = history;
  }

  /** Up to {@code limit} events that pass the filter, newest first. */
  List<RequestLogEvent> recent(
      long projectId, long userId, String limit, RequestFilterParams params) {
    String projectKey = access.require(projectId, userId, Role.VIEWER).getProjectKey();
    FieldErrors errors = new FieldErrors();
    int max = limit(limit, errors);
    RequestFilter filter = params.parse(errors);
    errors.throwIfAny();
    return history.newestFirst(projectKey).stream().filter(filter).limit(max).toList();
  }

  /** How many retained events pass the filter. */
  long count(long projectId, long userId, RequestFilterParams params) {
    String projectKey = access.require(projectId, userId, Role.VIEWER).getProjectKey();
    FieldErrors errors = new FieldErrors();
    RequestFilter filter = params.parse(errors);
    errors.throwIfAny();
    return history.newestFirst(projectKey).stream().filter(filter).count();
  }

  void clear(long projectId, long userId) {
    history.clear(access.require(projectId, userId, Role.EDITOR).getProjectKey());
  }

  private static int limit(String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (errors.check(value >= 1 && value <= MAX_LIMIT, "limit", LIMIT_RULE)) {
        return value;
      }
    } catch (NumberFormatException e) {
      errors.add("limit", LIMIT_RULE);
    }
    return DEFAULT_LIMIT;
  }

  /** The filter's query parameters as sent, read as text so a bad value is a field error. */
  record RequestFilterParams(String method, String status, String path, String matched) {

    RequestFilter parse(FieldErrors errors) {
      return RequestFilter.parse(method, status, path, matched, errors);
    }
  }
}
