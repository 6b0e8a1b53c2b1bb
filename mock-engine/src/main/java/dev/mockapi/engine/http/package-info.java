/**
 * The HTTP face of the engine: a Reactor Netty server (no servlet stack on the hot path) serving
 * {@code /mock/{slug}/**} through route -> chaos -> state -> render -> log, plus health and
 * Prometheus metrics on the same port.
 */
package dev.mockapi.engine.http;
