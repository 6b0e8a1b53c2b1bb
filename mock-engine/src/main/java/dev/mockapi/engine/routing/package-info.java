/**
 * Route tables compiled for serving: path matching with DESIGN precedence, an index for literal
 * paths, and "near miss" suggestions for requests nothing matches. Plain Java, no Spring.
 */
package dev.mockapi.engine.routing;
