/**
 * The Bimtek (bimbingan teknis) of a masterplan: its four stages with planned and actual dates and
 * the expected outputs of each as a checklist, the sessions held in each stage (agenda, opening
 * official, minutes, action items, materials), the participants from the pentahelix and their
 * attendance. Closing a stage advances the masterplan's stage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bimtek")
package id.rancang.bimtek;
