package id.rancang.programme;

/**
 * Where a programme's money comes from: the regional budget (APBD), the national budget (APBN),
 * special allocation transfers (DAK), companies' social responsibility (CSR), a public–private
 * partnership (KPBU), village funds or other non-budget partners.
 */
public enum FundingSource {
    APBD,
    APBN,
    DAK,
    CSR,
    KPBU,
    DANA_DESA,
    OTHER
}
