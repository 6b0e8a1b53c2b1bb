package dev.mockapi.manager.state;

import dev.mockapi.manager.auth.AuthenticatedUser;
import dev.mockapi.manager.state.StateResponses.CollectionList;
import dev.mockapi.manager.state.StateResponses.CollectionPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects/{projectId}/state")
@Tag(name = "State")
class StateController {

  private final StateService state;

  StateController(StateService state) {
    this.state = state;
  }

  @GetMapping
  @Operation(summary = "Every state collection of the project with its item count, by name")
  CollectionList collections(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    return state.collections(projectId, user.id());
  }

  // page and size are read as text so that a bad value is a field error like any other.
  @GetMapping("/{collection}")
  @Operation(summary = "One page of a collection's items, in the order they were created")
  CollectionPage page(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @PathVariable String collection,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
          @RequestParam(required = false)
          String page,
      @Parameter(
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50"))
          @RequestParam(required = false)
          String size) {
    return state.page(projectId, user.id(), collection, page, size);
  }

  @DeleteMapping("/{collection}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Reset a collection: empty it and restore the items it was seeded with")
  void reset(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @PathVariable String collection) {
    state.reset(projectId, user.id(), collection);
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Reset every collection of the project")
  void resetAll(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    state.resetAll(projectId, user.id());
  }
}
