package id.rancang.quality.web;

import id.rancang.masterplan.Masterplans;
import id.rancang.quality.Finding;
import id.rancang.quality.MasterplanChecks;
import id.rancang.quality.Severity;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The quality check page: the findings by severity, each naming its subject. */
@Controller
class CheckController {

    private final MasterplanChecks checks;
    private final Masterplans masterplans;

    CheckController(MasterplanChecks checks, Masterplans masterplans) {
        this.checks = checks;
        this.masterplans = masterplans;
    }

    @GetMapping("/masterplans/{id}/checks")
    String checks(@PathVariable long id, Model model) {
        List<Finding> findings = checks.check(id);
        model.addAttribute("masterplan", masterplans.get(id));
        model.addAttribute("findings", findings);
        model.addAttribute("errors", count(findings, Severity.ERROR));
        model.addAttribute("warnings", count(findings, Severity.WARNING));
        model.addAttribute("infos", count(findings, Severity.INFO));
        return "quality/checks";
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
