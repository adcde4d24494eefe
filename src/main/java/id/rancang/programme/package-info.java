/**
 * The action plan of a masterplan: programmes with their dimension, owner and supporting offices,
 * yearly costs in whole rupiah, funding source, prerequisites, goals and quick-win details; and
 * their prioritisation with the Analytic Hierarchy Process (criteria weights from pairwise
 * judgements, programme scores and the ranking).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme")
package id.rancang.programme;
