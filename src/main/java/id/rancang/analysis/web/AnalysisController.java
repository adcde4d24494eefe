package id.rancang.analysis.web;

import id.rancang.analysis.Initiatives;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import id.rancang.analysis.Readiness;
import id.rancang.analysis.RegionalProfiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The overview of Buku 1 (strategic analysis): what has been entered so far, and where. */
@Controller
class AnalysisController {

    private final AnalysisPages pages;
    private final RegionalProfiles profiles;
    private final Readiness readiness;
    private final Issues issues;
    private final Initiatives initiatives;

    AnalysisController(
            AnalysisPages pages,
            RegionalProfiles profiles,
            Readiness readiness,
            Issues issues,
            Initiatives initiatives) {
        this.pages = pages;
        this.profiles = profiles;
        this.readiness = readiness;
        this.issues = issues;
        this.initiatives = initiatives;
    }

    @GetMapping("/masterplans/{id}/analysis")
    String overview(@PathVariable long id, Model model) {
        pages.prepare(id, model);
        model.addAttribute("profile", profiles.get(id));
        model.addAttribute("rated", readiness.ratings(id).size());
        model.addAttribute("subElements", readiness.model().subElements().size());
        model.addAttribute("swotCount", readiness.swot(id).size());
        model.addAttribute("problemCount", issues.list(id, IssueKind.PROBLEM).size());
        model.addAttribute(
                "potentialCount", issues.list(id, IssueKind.POTENTIAL).size());
        model.addAttribute("initiativeCount", initiatives.list(id).size());
        return "analysis/overview";
    }
}
