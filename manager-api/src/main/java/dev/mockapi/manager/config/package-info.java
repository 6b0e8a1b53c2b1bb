/** Wiring shared by every feature: data directory, clock, embedded Redis, OpenAPI. */
package dev.mockapi.manager.config;
