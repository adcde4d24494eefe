package id.rancang.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What Rancang is, and where its region data comes from (the ODbL notice). */
@Controller
class AboutController {

    @GetMapping("/about")
    String about() {
        return "about";
    }
}
