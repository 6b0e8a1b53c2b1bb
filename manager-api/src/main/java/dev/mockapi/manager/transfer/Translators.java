package dev.mockapi.manager.transfer;

import dev.mockapi.manager.transfer.mockoon.MockoonImport;
import dev.mockapi.manager.transfer.openapi.OpenApiImport;
import dev.mockapi.manager.transfer.wiremock.WireMockImport;
import org.springframework.stereotype.Component;

/** The translator of each import format; the MockAPI YAML document is read as it is. */
@Component
class Translators {

  private final YamlDocuments yaml;
  private final OpenApiImport openApi;
  private final WireMockImport wireMock;
  private final MockoonImport mockoon;

  Translators(
      YamlDocuments yaml, OpenApiImport openApi, WireMockImport wireMock, MockoonImport mockoon) {
    this.yaml = yaml;
    this.openApi = openApi;
    this.wireMock = wireMock;
    this.mockoon = mockoon;
  }

  Translation translate(TransferFormat format, byte[] input) {
    return switch (format) {
      case YAML -> new Translation(yaml.read(input), null);
      case OPENAPI -> openApi.translate(input);
      case WIREMOCK -> wireMock.translate(input);
      case MOCKOON -> mockoon.translate(input);
    };
  }
}
