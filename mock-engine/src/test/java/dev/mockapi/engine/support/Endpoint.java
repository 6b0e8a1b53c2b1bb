package dev.mockapi.engine.support;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.EndpointDefinition;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An endpoint of a test route table, built fluently: {@code Endpoint.of(1, "GET", "/x").body("")}.
 */
public record Endpoint(
    long id,
    String method,
    String path,
    boolean enabled,
    int priority,
    int status,
    Map<String, String> headers,
    String body,
    ChaosSpec chaos,
    StateBinding state) {

  /** An enabled endpoint answering an empty 200. */
  public static Endpoint of(long id, String method, String path) {
    return new Endpoint(id, method, path, true, 0, 200, Map.of(), "", null, null);
  }

  /**
   * The six CRUD endpoints of a collection as the manager's resource shortcut makes them: list,
   * create under {@code /name}; get, replace, patch, delete under {@code /name/{id}}. Ids start at
   * {@code firstId}.
   */
  public static Endpoint[] crud(long firstId, String name) {
    String one = "/" + name + "/{id}";
    return new Endpoint[] {
      of(firstId, "GET", "/" + name).state(new StateBinding(name, StateAction.LIST)),
      of(firstId + 1, "POST", "/" + name).state(new StateBinding(name, StateAction.CREATE)),
      of(firstId + 2, "GET", one).state(new StateBinding(name, StateAction.GET)),
      of(firstId + 3, "PUT", one).state(new StateBinding(name, StateAction.REPLACE)),
      of(firstId + 4, "PATCH", one).state(new StateBinding(name, StateAction.PATCH)),
      of(firstId + 5, "DELETE", one).state(new StateBinding(name, StateAction.DELETE))
    };
  }

  public Endpoint status(int status) {
    return new Endpoint(id, method, path, enabled, priority, status, headers, body, chaos, state);
  }

  public Endpoint body(String body) {
    return new Endpoint(id, method, path, enabled, priority, status, headers, body, chaos, state);
  }

  public Endpoint header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Endpoint(id, method, path, enabled, priority, status, more, body, chaos, state);
  }

  /** A JSON body with its content type. */
  public Endpoint json(String body) {
    return header("Content-Type", "application/json").body(body);
  }

  public Endpoint priority(int priority) {
    return new Endpoint(id, method, path, enabled, priority, status, headers, body, chaos, state);
  }

  public Endpoint disabled() {
    return new Endpoint(id, method, path, false, priority, status, headers, body, chaos, state);
  }

  public Endpoint chaos(ChaosSpec chaos) {
    return new Endpoint(id, method, path, enabled, priority, status, headers, body, chaos, state);
  }

  public Endpoint state(StateBinding state) {
    return new Endpoint(id, method, path, enabled, priority, status, headers, body, chaos, state);
  }

  public RouteTable.Route route() {
    return new RouteTable.Route(
        id,
        new EndpointDefinition(
            method,
            path,
            null,
            enabled,
            priority,
            new ResponseSpec(status, headers, body),
            chaos,
            state));
  }
}
