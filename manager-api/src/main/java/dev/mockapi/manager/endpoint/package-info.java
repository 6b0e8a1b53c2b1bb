/**
 * Mock endpoint definitions of a project (DESIGN section 11): validation of every field, uniqueness
 * of (method, path pattern), and optimistic locking against lost updates. Also the resource
 * shortcut, which creates the six CRUD endpoints of a state collection at once, through the same
 * validation and route checks, and seeds the collection.
 */
package dev.mockapi.manager.endpoint;
