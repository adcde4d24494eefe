package id.rancang.analysis.web;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What every analysis page shows around its content: the masterplan (read through the masterplan
 * facade, which enforces the tenancy), its region and framework, names of dimensions and
 * districts, and whether the user may edit.
 */
@Component
class AnalysisPages {

    private final Masterplans masterplans;
    private final Regions regions;
    private final Frameworks frameworks;
    private final AccessControl access;

    AnalysisPages(Masterplans masterplans, Regions regions, Frameworks frameworks, AccessControl access) {
        this.masterplans = masterplans;
        this.regions = regions;
        this.frameworks = frameworks;
        this.access = access;
    }

    Masterplan prepare(long masterplanId, Model model) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Framework framework = frameworks.get(masterplan.framework());
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> dimensionNames = new LinkedHashMap<>();
        Map<String, String> subDimensionNames = new LinkedHashMap<>();
        for (Framework.Dimension d : framework.dimensions()) {
            dimensionNames.put(d.code(), d.name().in(locale));
            d.subDimensions()
                    .forEach(s -> subDimensionNames.put(s.code(), s.name().in(locale)));
        }
        Map<String, String> districtNames = new LinkedHashMap<>();
        regions.children(masterplan.regionCode())
                .forEach(r -> districtNames.put(r.code().value(), r.name()));
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("region", regions.find(masterplan.regionCode()).orElseThrow());
        model.addAttribute("framework", framework);
        model.addAttribute("dimensionNames", dimensionNames);
        model.addAttribute("subDimensionNames", subDimensionNames);
        model.addAttribute("districtNames", districtNames);
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        return masterplan;
    }

    /** The region code of the masterplan that {@link #prepare} put on the model. */
    String region(Model model) {
        return ((Masterplan) model.getAttribute("masterplan")).regionCode().value();
    }

    /** Puts the facade's field problems on the form, renaming API fields to form fields. */
    static void reject(InvalidInputException e, BindingResult binding, UnaryOperator<String> formField) {
        e.problems().forEach(p -> {
            String field = formField.apply(p.field());
            if (binding.getTarget() != null && hasProperty(binding, field)) {
                binding.rejectValue(field, p.messageKey(), p.arguments(), null);
            } else {
                binding.reject(p.messageKey(), p.arguments(), null);
            }
        });
    }

    private static boolean hasProperty(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
