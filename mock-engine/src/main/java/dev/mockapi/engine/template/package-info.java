/**
 * The engine's use of the shared template language (the render step of the pipeline): {@link
 * dev.mockapi.engine.template.RouteRenderer} renders a matched route's status, headers and body, or
 * an injected failure's body, with one {@link dev.mockapi.engine.template.Rendering} per call (its
 * request, locale, seed and render budget) into a {@link dev.mockapi.engine.template.MockReply}.
 * Plain Java, no Spring: the render step of {@code http} creates the renderer.
 */
package dev.mockapi.engine.template;
