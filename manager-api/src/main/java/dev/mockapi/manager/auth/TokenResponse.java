package dev.mockapi.manager.auth;

/**
 * A signed-in session.
 *
 * @param accessToken the bearer token for API calls
 * @param refreshToken a single-use token to get the next pair
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 */
record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
