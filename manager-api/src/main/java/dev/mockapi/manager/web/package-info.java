/**
 * The one error model of the manager API: RFC 9457 problem JSON with stable type URIs, domain
 * exceptions that carry their status, and the translator that turns every failure into a problem.
 */
package dev.mockapi.manager.web;
