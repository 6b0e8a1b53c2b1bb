package dev.mockapi.manager.transfer;

import dev.mockapi.manager.auth.AuthenticatedUser;
import dev.mockapi.manager.web.MalformedImportException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Import and export")
class TransferController {

  private final ExportService exports;
  private final ImportService imports;

  TransferController(ExportService exports, ImportService imports) {
    this.exports = exports;
    this.imports = imports;
  }

  @GetMapping("/export")
  @Operation(summary = "The project as a file: `yaml` (the default) or `openapi` (3.1, JSON)")
  void export(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @RequestParam(defaultValue = "yaml") String format,
      HttpServletResponse response)
      throws IOException {
    var file =
        exports.export(
            projectId,
            user.id(),
            TransferFormat.of(format, TransferFormat.YAML, TransferFormat.OPENAPI));
    // Written here rather than through a message converter: the JSON converter comes first and
    // would write the bytes of an OpenAPI file as one base64 string.
    response.setContentType(file.type().toString());
    response.setContentLength(file.body().length);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(file.fileName()).build().toString());
    response.getOutputStream().write(file.body());
  }

  @PostMapping("/import")
  @Operation(
      summary =
          "Import a file (the raw body): `yaml`, `openapi`, `wiremock` (JSON or a zip) or"
              + " `mockoon`; `merge` or `replace`; `dryRun=true` answers the plan and writes nothing")
  ImportReport importInto(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @RequestParam(defaultValue = "yaml") String format,
      @RequestParam(defaultValue = "merge") String mode,
      @RequestParam(defaultValue = "false") boolean dryRun,
      HttpServletRequest request)
      throws IOException {
    TransferFormat parsed = TransferFormat.of(format, TransferFormat.values());
    ImportMode parsedMode = ImportMode.of(mode);
    // Read here, not bound as @RequestBody: the JSON converter would claim a JSON upload.
    byte[] body = request.getInputStream().readAllBytes();
    if (body.length == 0) {
      throw new MalformedImportException(
          "/", "The upload is empty: send the file as the request body");
    }
    return imports.importInto(projectId, user.id(), parsed, parsedMode, dryRun, body);
  }
}
