package id.rancang.analysis.web;

import id.rancang.analysis.AnalysisSpreadsheets;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Urban problems of a masterplan per dimension (Buku 1, chapter 4). */
@Controller
@RequestMapping("/masterplans/{id}/problems")
class ProblemController extends IssuePages {

    ProblemController(Issues issues, AnalysisSpreadsheets spreadsheets, AnalysisPages pages) {
        super(IssueKind.PROBLEM, "problems", issues, spreadsheets, pages);
    }
}
