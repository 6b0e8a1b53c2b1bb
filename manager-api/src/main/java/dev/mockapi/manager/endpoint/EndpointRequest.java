package dev.mockapi.manager.endpoint;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateBinding;

/**
 * An endpoint as clients send it; missing {@code enabled} means true, missing {@code priority} 0,
 * missing {@code response} an empty 200.
 *
 * @param version required on update: the version the client last read; a different current version
 *     is 409, so a concurrent change is never silently overwritten
 */
public record EndpointRequest(
    String method,
    String path,
    String description,
    Boolean enabled,
    Integer priority,
    ResponseSpec response,
    ChaosSpec chaos,
    StateBinding state,
    Long version) {}
