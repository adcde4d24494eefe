package id.rancang.analysis;

import java.math.BigDecimal;
import java.util.List;

/** Replaces the regional profile; every field is optional, {@code version} the one read. */
public record ProfileCommand(
        Long population,
        BigDecimal areaKm2,
        Long apbd,
        String fiscalCapacity,
        Integer rpjmdStartYear,
        Integer rpjmdEndYear,
        String regentVision,
        List<String> regentMissions,
        List<String> leadingSectors,
        List<ProfileFigure> figures,
        Long version) {}
