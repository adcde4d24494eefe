package id.rancang.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The regional profile of a masterplan (Buku 1, chapter 2). Population, area and money are kept as
 * entered (money in whole rupiah); the numbers of districts and villages come from the master
 * data. Every entered field is optional.
 */
public record RegionalProfile(
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
        long districts,
        long villages,
        Long version) {}
