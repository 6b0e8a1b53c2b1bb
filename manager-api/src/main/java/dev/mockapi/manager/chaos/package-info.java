/** Validation of chaos settings, shared by endpoint chaos and the project-wide chaos mode. */
package dev.mockapi.manager.chaos;
