/**
 * The smart city strategy of a masterplan: its vision and missions, the goals (tujuan) per
 * dimension with their targets (sasaran) and strategies, and the indicators that measure goals and
 * programmes, with a baseline and a target for each year. Indicators may be picked from a catalogue
 * of SNI ISO 37120, SNI ISO 37122 and ITU U4SSC indicators shipped as versioned data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package id.rancang.strategy;
