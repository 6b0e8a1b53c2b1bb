package dev.mockapi.manager.transfer;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} would do: per endpoint and collection, and what of the
 * input was left out.
 *
 * @param project {@code changed} when the document's name, description or settings differ from the
 *     project's, else {@code unchanged}
 * @param created endpoints created; {@code changed}, {@code removed} and {@code unchanged} alike
 */
record ImportReport(
    String format,
    String mode,
    boolean dryRun,
    String project,
    List<EndpointLine> endpoints,
    List<CollectionLine> collections,
    long created,
    long changed,
    long removed,
    long unchanged,
    List<Translation.Untranslated> untranslated) {

  record EndpointLine(String method, String path, String change) {}

  record CollectionLine(String name, String change) {}
}
