package dev.mockapi.engine.routing;

import java.util.Map;

/** A route that answers a request, with the values its {@code {params}} bound. */
public record RouteMatch(CompiledRoute route, Map<String, String> pathParams) {}
