/**
 * The HTTP face of the engine: a Reactor Netty server (no servlet stack on the hot path) serving
 * {@code /mock/{slug}/**} through route -> access -> chaos -> state -> render -> reply -> log, each
 * step a class over one {@link dev.mockapi.engine.http.MockCall}, plus health and Prometheus
 * metrics on the same port. Faults are carried out here, on the connection, as {@code chaos}
 * decides them.
 */
package dev.mockapi.engine.http;
