package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.web.FieldError;
import java.util.List;

/**
 * What importing a list of endpoints into a project does, endpoint by endpoint, computed before
 * anything is written: the dry run answers it, the import applies it.
 *
 * @param entries the endpoints of the document in its order, then those the import removes
 * @param rejected the endpoints of the document that are not valid, by their index there
 */
public record ImportPlan(List<Entry> entries, List<Rejected> rejected) {

  public ImportPlan {
    entries = List.copyOf(entries);
    rejected = List.copyOf(rejected);
  }

  public long count(Change change) {
    return entries.stream().filter(entry -> entry.change() == change).count();
  }

  /** One endpoint and what happens to it; {@code existing} and {@code valid} as they apply. */
  public record Entry(
      String method,
      String path,
      Change change,
      Endpoint existing,
      EndpointValidator.Validated valid) {}

  /**
   * An endpoint of the document that cannot be imported.
   *
   * @param index its position in the document
   * @param method its method as the document gives it
   * @param path its path as the document gives it
   * @param errors what is wrong with it, fields relative to the endpoint
   */
  public record Rejected(int index, String method, String path, List<FieldError> errors) {}
}
