package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.DocumentTranslator;
import dev.mockapi.manager.transfer.EndpointsByRoute;
import dev.mockapi.manager.transfer.ImportLimits;
import dev.mockapi.manager.transfer.JsonUpload;
import dev.mockapi.manager.transfer.ProjectDocument;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.manager.transfer.ZipUpload;
import dev.mockapi.manager.web.MalformedImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Translates WireMock stub mappings: one JSON document (a mapping, {@code {"mappings": [...]}} or
 * an array of mappings) or a zip of a WireMock root folder ({@code mappings/**.json} and the body
 * files under {@code __files/}). Each mapping becomes an endpoint; of two on the same route the
 * first is kept (files in name order, mappings in their order in a file).
 */
@Component
public class WireMockImport implements DocumentTranslator {

  private final ImportLimits limits;

  public WireMockImport(ImportLimits limits) {
    this.limits = limits;
  }

  @Override
  public Translation translate(byte[] input) {
    List<Untranslated> untranslated = new ArrayList<>();
    Reports reports = new Reports(untranslated);
    EndpointsByRoute endpoints = new EndpointsByRoute();
    if (ZipUpload.isZip(input)) {
      WireMockFolder folder = WireMockFolder.of(ZipUpload.read(input, limits), reports);
      folder
          .mappings()
          .forEach(
              (file, content) ->
                  mappings(
                      JsonUpload.read(content, file),
                      folder.bodyFiles(),
                      reports.at(file + "#"),
                      endpoints));
    } else {
      mappings(JsonUpload.read(input, null), Map.of(), reports, endpoints);
    }
    ProjectDocument document =
        new ProjectDocument(
            ProjectDocument.CURRENT_VERSION, null, endpoints.endpoints(), List.of());
    return new Translation(document, untranslated);
  }

  /** The mappings of one document, as WireMock reads a file of its mappings folder. */
  private static void mappings(
      JsonNode document,
      Map<String, byte[]> bodyFiles,
      Reports reports,
      EndpointsByRoute endpoints) {
    if (document.isArray()) {
      for (int i = 0; i < document.size(); i++) {
        mapping(document.get(i), bodyFiles, reports.at("/" + i), endpoints);
      }
    } else if (document.isObject() && document.path("mappings").isArray()) {
      JsonNode mappings = document.get("mappings");
      for (int i = 0; i < mappings.size(); i++) {
        mapping(mappings.get(i), bodyFiles, reports.at("/mappings/" + i), endpoints);
      }
    } else if (document.isObject() && document.has("request")) {
      mapping(document, bodyFiles, reports, endpoints);
    } else {
      throw new MalformedImportException(
          reports.location("/"),
          "This is not a WireMock mapping: expected {\"request\": ..., \"response\": ...},"
              + " {\"mappings\": [...]} or an array of mappings.");
    }
  }

  private static void mapping(
      JsonNode mapping,
      Map<String, byte[]> bodyFiles,
      Reports reports,
      EndpointsByRoute endpoints) {
    EndpointPart endpoint = MappingImport.of(mapping, bodyFiles, reports);
    if (endpoint != null) {
      endpoints.add(endpoint, reports, "");
    }
  }
}
