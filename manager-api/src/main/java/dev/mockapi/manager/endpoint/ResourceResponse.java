package dev.mockapi.manager.endpoint;

import java.util.List;

/**
 * A created resource.
 *
 * @param collection the state collection its endpoints act on: the resource's name
 * @param endpoints list, create, get, replace, patch and delete, in that order
 * @param seeded the items the collection was seeded with
 */
record ResourceResponse(
    String name, String collection, List<EndpointResponse> endpoints, int seeded) {}
