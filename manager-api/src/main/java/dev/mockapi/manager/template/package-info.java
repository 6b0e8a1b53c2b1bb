/**
 * The template language as the manager offers it: checks on save (errors with line and column), the
 * Faker catalog for editors, and previews that render exactly as the engine will.
 */
package dev.mockapi.manager.template;
