package id.rancang.identity.web;

import id.rancang.shared.AccessControl;
import id.rancang.shared.Permission;
import id.rancang.shared.web.LayoutAttributes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs to know about the person looking at it. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice implements LayoutAttributes {

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

    @Override
    public Map<String, Object> layoutAttributes(HttpServletRequest request) {
        Navigation navigation = navigation();
        return navigation == null ? Map.of() : Map.of("navigation", navigation);
    }
}
