/**
 * Users, their roles and memberships (user × region × role), login with throttling, API tokens,
 * and the {@link id.rancang.shared.AccessControl} that every module asks before touching a
 * region's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.rancang.identity;
