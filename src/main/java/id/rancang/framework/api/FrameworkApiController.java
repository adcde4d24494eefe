package id.rancang.framework.api;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Kerangka dimensi / Frameworks")
class FrameworkApiController {

    private final Frameworks frameworks;

    FrameworkApiController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    record FrameworkView(String code, String edition, String name, boolean isDefault, List<DimensionView> dimensions) {}

    record DimensionView(String code, String name, List<SubDimensionView> subDimensions) {}

    record SubDimensionView(String code, String name) {}

    @GetMapping
    @Operation(summary = "Kerangka dimensi yang tersedia, dengan dimensi dan subdimensinya")
    List<FrameworkView> list(Locale locale) {
        return frameworks.all().stream().map(f -> view(f, locale)).toList();
    }

    @GetMapping("/{code}")
    FrameworkView get(@PathVariable String code, Locale locale) {
        return view(frameworks.get(code), locale);
    }

    private FrameworkView view(Framework framework, Locale locale) {
        return new FrameworkView(
                framework.code(),
                framework.edition(),
                framework.name().in(locale),
                framework.code().equals(frameworks.defaultFramework().code()),
                framework.dimensions().stream()
                        .map(d -> new DimensionView(
                                d.code(),
                                d.name().in(locale),
                                d.subDimensions().stream()
                                        .map(s -> new SubDimensionView(
                                                s.code(), s.name().in(locale)))
                                        .toList()))
                        .toList());
    }
}
