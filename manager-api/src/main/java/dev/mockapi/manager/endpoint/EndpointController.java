package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.auth.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects/{projectId}/endpoints")
@Tag(name = "Endpoints")
class EndpointController {

  private final EndpointService endpoints;

  EndpointController(EndpointService endpoints) {
    this.endpoints = endpoints;
  }

  @GetMapping
  List<EndpointResponse> list(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    return endpoints.list(projectId, user.id());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  EndpointResponse create(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @RequestBody EndpointRequest request) {
    return endpoints.create(projectId, user.id(), request);
  }

  @GetMapping("/{endpointId}")
  EndpointResponse get(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @PathVariable long endpointId) {
    return endpoints.get(projectId, endpointId, user.id());
  }

  @PutMapping("/{endpointId}")
  @Operation(
      summary =
          "Replace an endpoint; `version` (the one you read) is required, a stale one answers 409")
  EndpointResponse update(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @PathVariable long endpointId,
      @RequestBody EndpointRequest request) {
    return endpoints.update(projectId, endpointId, user.id(), request);
  }

  @DeleteMapping("/{endpointId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @PathVariable long endpointId) {
    endpoints.delete(projectId, endpointId, user.id());
  }
}
