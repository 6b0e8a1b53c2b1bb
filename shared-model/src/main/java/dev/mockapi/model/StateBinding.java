package dev.mockapi.model;

/**
 * Binds an endpoint to an action on a named collection of the project (DESIGN section 8).
 *
 * @param collection the collection name
 * @param action what the endpoint does to it
 */
public record StateBinding(String collection, StateAction action) {}
