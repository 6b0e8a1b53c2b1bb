/**
 * The template language of response bodies and header values (DESIGN section 6): a small compiler
 * of our own. {@link dev.mockapi.model.template.TemplateCompiler} turns text into a {@link
 * dev.mockapi.model.template.Template} once, naming the line and column of any error; rendering is
 * then a walk over a few node objects with no parsing, reflection or allocation beyond the output.
 */
package dev.mockapi.model.template;
