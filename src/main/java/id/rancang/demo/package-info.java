/**
 * Demo data for newcomers: Kabupaten Flores Timur (53.06) with a sample masterplan, its offices
 * and one user per role, plus Kota Kupang (53.71) to show that regions do not see each other.
 * Switched off with {@code RANCANG_DEMO_DATA=false}; grows with every capability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.rancang.demo;
