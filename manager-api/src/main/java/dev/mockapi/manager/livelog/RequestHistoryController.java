package dev.mockapi.manager.livelog;

import dev.mockapi.manager.auth.AuthenticatedUser;
import dev.mockapi.manager.livelog.RequestHistoryService.RequestFilterParams;
import dev.mockapi.model.RequestLogEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

// Every query parameter is read as text so that a bad value is a field error like any other.
@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Request log")
class RequestHistoryController {

  private final RequestHistoryService history;

  RequestHistoryController(RequestHistoryService history) {
    this.history = history;
  }

  /** How many retained requests passed the filter. */
  record RequestCount(long count) {}

  @GetMapping("/logs")
  @Operation(
      summary = "Recent request log events, newest first, optionally filtered",
      description =
          "Filters combine with AND: method (any case), status (a code such as 404 or a class"
              + " such as 4xx), path (an endpoint path pattern: /users/{id}, *, **), matched.")
  List<RequestLogEvent> logs(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @Parameter(
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
          @RequestParam(required = false)
          String limit,
      @RequestParam(required = false) String method,
      @Parameter(schema = @Schema(example = "4xx")) @RequestParam(required = false) String status,
      @Parameter(schema = @Schema(example = "/users/{id}")) @RequestParam(required = false)
          String path,
      @Parameter(schema = @Schema(type = "boolean")) @RequestParam(required = false)
          String matched) {
    return history.recent(
        projectId, user.id(), limit, new RequestFilterParams(method, status, path, matched));
  }

  @GetMapping("/requests/count")
  @Operation(
      summary = "How many retained requests passed the filter (was POST /orders called twice?)")
  RequestCount count(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @RequestParam(required = false) String method,
      @Parameter(schema = @Schema(example = "2xx")) @RequestParam(required = false) String status,
      @Parameter(schema = @Schema(example = "/orders")) @RequestParam(required = false) String path,
      @Parameter(schema = @Schema(type = "boolean")) @RequestParam(required = false)
          String matched) {
    return new RequestCount(
        history.count(
            projectId, user.id(), new RequestFilterParams(method, status, path, matched)));
  }

  @DeleteMapping("/logs")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Clear the project's request history")
  void clear(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    history.clear(projectId, user.id());
  }
}
