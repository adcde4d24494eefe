/**
 * Review of a masterplan (Bimtek stage IV): comments by reviewers (the council), experts and the
 * region's authors on its items (a book chapter, a programme, a problem or potential, a goal, an
 * indicator, a session), answered in threads and resolved or reopened by the authors; the count of
 * open comments for the portfolio and the stage checklist; and the commitment sheet, the regent,
 * office heads and council members who signed the masterplan, with their dates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package id.rancang.review;
