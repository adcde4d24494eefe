/**
 * Small types shared by every module: Kemendagri region codes, plan years, tenancy scope and the
 * access-control port that the identity module implements, domain errors and their web mapping.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.rancang.shared;
