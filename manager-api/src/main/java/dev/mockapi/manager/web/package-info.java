/**
 * The one error model of the manager API: RFC 9457 problem JSON whose stable types are {@code
 * shared-model}'s {@link dev.mockapi.model.ProblemType} (the engine's too), domain exceptions that
 * carry their type, and the translator that turns every failure into a problem.
 */
package dev.mockapi.manager.web;
