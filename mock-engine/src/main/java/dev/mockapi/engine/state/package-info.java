/**
 * Stateful collections (DESIGN section 8): the pipeline step between chaos and rendering. {@link
 * dev.mockapi.engine.state.StateActions} runs an endpoint's action on the shared {@link
 * dev.mockapi.model.state.CollectionStore} in Redis and answers what the response shows; nothing
 * that decides an answer is kept in the engine's memory.
 */
package dev.mockapi.engine.state;
