/**
 * Mock endpoint definitions of a project (DESIGN section 11): validation of every field, uniqueness
 * of (method, path pattern), and optimistic locking against lost updates.
 */
package dev.mockapi.manager.endpoint;
