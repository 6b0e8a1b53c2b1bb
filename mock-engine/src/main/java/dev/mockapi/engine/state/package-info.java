/**
 * Stateful collections (DESIGN section 8) plug in here: the pipeline step between chaos and
 * rendering. Until the collections land, a stateful endpoint answers 501 saying so.
 */
package dev.mockapi.engine.state;
