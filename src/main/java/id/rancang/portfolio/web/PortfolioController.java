package id.rancang.portfolio.web;

import id.rancang.portfolio.Portfolio;
import id.rancang.portfolio.Portfolio.PortfolioQuery;
import id.rancang.portfolio.PortfolioEntry;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national portfolio page; filtering with htmx swaps only the table. */
@Controller
@RequestMapping("/portfolio")
class PortfolioController {

    private final Portfolio portfolio;

    PortfolioController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    String portfolio(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) Integer stage,
            @RequestParam(required = false) Integer cohort,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        PortfolioQuery query = new PortfolioQuery(q, province, stage, cohort, sort);
        List<PortfolioEntry> all = portfolio.entries();
        Map<String, String> provinces = new TreeMap<>();
        all.forEach(e -> provinces.put(e.provinceCode(), e.provinceName()));
        model.addAttribute("query", query);
        model.addAttribute("entries", query.apply(all));
        model.addAttribute("provinces", provinces);
        model.addAttribute(
                "cohorts",
                all.stream().map(PortfolioEntry::cohortYear).distinct().sorted().toList());
        List<String> sorts = new java.util.ArrayList<>(PortfolioQuery.SORTS);
        portfolio.figureKeys().forEach(k -> sorts.add(PortfolioQuery.FIGURE + k));
        model.addAttribute("sorts", sorts);
        model.addAttribute("figureKeys", portfolio.figureKeys());
        return Htmx.view(request, "portfolio/list", "table");
    }
}
