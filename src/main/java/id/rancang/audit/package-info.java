/**
 * The audit trail: who changed what, when, with the state before and after. Every module records
 * its changes here inside its own transaction, so a change and its audit entry commit together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.rancang.audit;
