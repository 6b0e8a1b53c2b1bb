package dev.mockapi.manager.template;

import dev.mockapi.manager.web.FieldError;
import dev.mockapi.manager.web.ValidationException;
import dev.mockapi.model.template.FakerCatalog;
import dev.mockapi.model.template.FakerFunction;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateCompiler;
import dev.mockapi.model.template.TemplateException;
import dev.mockapi.model.template.TemplateRenderException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/templates")
@Tag(name = "Templates")
class TemplateController {

  // Catalog examples are rendered once, with a fixed seed, so the list is stable.
  private static final long EXAMPLE_SEED = 42L;

  private final List<CatalogEntry> catalog =
      FakerCatalog.all().stream().map(TemplateController::entry).toList();

  @GetMapping("/faker")
  @Operation(summary = "Every Faker function a template may call, with an example output")
  List<CatalogEntry> faker() {
    return catalog;
  }

  @PostMapping("/preview")
  @Operation(summary = "Render a template against a sample request, as the engine would")
  PreviewResponse preview(@Valid @RequestBody PreviewRequest request) {
    boolean json = TemplateCompiler.looksLikeJson(request.contentType(), request.template());
    Template template;
    try {
      template = TemplateCompiler.compile(request.template(), json);
    } catch (TemplateException e) {
      throw new ValidationException(
          List.of(new FieldError("template", e.getMessage(), e.line(), e.column())));
    }
    try {
      String output =
          template.render(request.sampleRequest(), request.localeOrDefault(), request.seed());
      return new PreviewResponse(output, json);
    } catch (TemplateRenderException e) {
      throw new ValidationException("template", e.getMessage());
    }
  }

  private static CatalogEntry entry(FakerFunction function) {
    String call = "Faker." + function.name() + "(" + exampleArgs(function) + ")";
    String example =
        TemplateCompiler.compile("{{" + call + "}}", false)
            .render(RequestData.empty(), "en", EXAMPLE_SEED);
    List<CatalogEntry.Argument> arguments =
        function.params().stream()
            .map(
                p ->
                    new CatalogEntry.Argument(
                        p.name(), p.kind().name().toLowerCase(), p.defaultValue(), p.repeated()))
            .toList();
    return new CatalogEntry(
        function.name(),
        "{{" + call + "}}",
        function.signature(),
        function.description(),
        arguments,
        example);
  }

  private static String exampleArgs(FakerFunction function) {
    return function.params().stream().anyMatch(FakerFunction.Param::repeated)
        ? "'red', 'green', 'blue'"
        : "";
  }
}
