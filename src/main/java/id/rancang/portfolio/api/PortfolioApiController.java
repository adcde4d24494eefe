package id.rancang.portfolio.api;

import id.rancang.portfolio.Portfolio;
import id.rancang.portfolio.Portfolio.PortfolioQuery;
import id.rancang.portfolio.PortfolioEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/portfolio")
@Tag(name = "Portfolio")
class PortfolioApiController {

    private final Portfolio portfolio;

    PortfolioApiController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    @Operation(summary = "Portofolio nasional: masterplan yang boleh dilihat, dengan tahap dan keluaran selesai")
    List<PortfolioEntry> portfolio(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) Integer stage,
            @RequestParam(required = false) Integer cohort,
            @RequestParam(required = false) String sort) {
        return portfolio.entries(new PortfolioQuery(q, province, stage, cohort, sort));
    }
}
