package id.rancang.framework.web;

import id.rancang.framework.Frameworks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the shipped dimension frameworks. */
@Controller
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("defaultCode", frameworks.defaultFramework().code());
        return "framework/list";
    }
}
