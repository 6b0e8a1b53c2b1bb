package dev.mockapi.manager.endpoint;

/**
 * A CRUD resource to create at once (DESIGN section 8).
 *
 * @param name the collection, and the path of its endpoints: {@code /name} and {@code /name/{id}}
 * @param seedCount how many generated items the collection starts with (and returns to on reset); 0
 *     when absent, which leaves the collection as it is
 * @param itemTemplate a template rendering one item as a JSON object; a name, an email and a
 *     creation time from Faker when absent. Each item gets the id 1..n, in place of any it renders
 */
record ResourceRequest(String name, Integer seedCount, String itemTemplate) {}
