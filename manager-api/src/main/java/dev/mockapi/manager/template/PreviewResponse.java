package dev.mockapi.manager.template;

/**
 * A rendered preview.
 *
 * @param output the rendered text
 * @param json whether the template was treated as JSON (values in strings escaped)
 */
record PreviewResponse(String output, boolean json) {}
