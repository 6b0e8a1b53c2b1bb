/**
 * Accounts and tokens: registration, login with throttling, JWT access tokens (jjwt, HS256),
 * rotating refresh tokens with reuse detection, and the stateless security chain.
 */
package dev.mockapi.manager.auth;
