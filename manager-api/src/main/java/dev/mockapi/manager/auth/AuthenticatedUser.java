package dev.mockapi.manager.auth;

/**
 * The caller proven by a valid access token; controllers take it as their principal.
 *
 * @param id the user's id
 * @param email the user's email
 */
public record AuthenticatedUser(long id, String email) {}
