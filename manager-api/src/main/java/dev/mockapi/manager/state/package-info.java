/**
 * Mock state as the manager sees it (DESIGN sections 8 and 11): inspecting a project's collections
 * page by page, resetting them (their seed comes back), seeding a collection for the resource
 * shortcut, and dropping a deleted project's state. The data itself lives in Redis, in the {@link
 * dev.mockapi.model.state.CollectionStore} the engine shares; {@link
 * dev.mockapi.manager.state.StateStore} waits for it with a timeout and answers 503 while Redis is
 * away.
 */
package dev.mockapi.manager.state;
