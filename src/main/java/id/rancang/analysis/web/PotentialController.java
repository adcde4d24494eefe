package id.rancang.analysis.web;

import id.rancang.analysis.AnalysisSpreadsheets;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Regional potentials (strengths) of a masterplan per dimension (Buku 1, chapter 4). */
@Controller
@RequestMapping("/masterplans/{id}/potentials")
class PotentialController extends IssuePages {

    PotentialController(Issues issues, AnalysisSpreadsheets spreadsheets, AnalysisPages pages) {
        super(IssueKind.POTENTIAL, "potentials", issues, spreadsheets, pages);
    }
}
