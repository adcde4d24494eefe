package id.rancang.identity.web;

import id.rancang.shared.AccessControl;
import id.rancang.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs to know about the person looking at it. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final AccessControl access;

    CurrentUserAdvice(AccessControl access) {
        this.access = access;
    }

    record Navigation(String username, boolean systemAdmin, boolean administersRegion) {}

    @ModelAttribute("navigation")
    Navigation navigation() {
        return access.currentUsername()
                .map(username -> new Navigation(
                        username,
                        access.isSystemAdmin(),
                        !access.scope(Permission.ADMINISTER).regionCodes().isEmpty()))
                .orElse(null);
    }
}
