package id.rancang.identity.web;

import id.rancang.identity.CreateUserCommand;
import id.rancang.identity.GrantMembershipCommand;
import id.rancang.identity.Role;
import id.rancang.identity.UserSummary;
import id.rancang.identity.Users;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages for users and their memberships (user × region × role): the system administrator's,
 * and a region administrator's for the members of their regions.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Users users;

    UserAdminController(Users users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        addList(model);
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new CreateUserCommand("", "", ""));
        }
        if (!model.containsAttribute("firstRole")) {
            model.addAttribute("firstRole", new GrantMembershipCommand("", null));
        }
        return "identity/users";
    }

    /**
     * Creates a user with their first role. A region administrator gives it in a region they
     * administer; the page they land on then shows the new member.
     */
    @PostMapping
    String create(
            @Valid @ModelAttribute("newUser") CreateUserCommand command,
            BindingResult binding,
            @ModelAttribute("firstRole") GrantMembershipCommand firstRole,
            BindingResult roleBinding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors() && !roleBinding.hasErrors()) {
            try {
                users.create(command, firstRole);
                redirect.addFlashAttribute("created", command.username());
                return "redirect:/admin/users/" + command.username();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> roleBinding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            } catch (ConflictException e) {
                if ("user.username.taken".equals(e.messageKey())) {
                    binding.rejectValue("username", e.messageKey(), e.arguments(), null);
                } else {
                    roleBinding.reject(e.messageKey(), e.arguments(), null);
                }
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        if (response.getStatus() != HttpStatus.CONFLICT.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        addList(model);
        return "identity/users";
    }

    private void addList(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("administration", users.administration());
    }

    @GetMapping("/{username}")
    String user(@PathVariable String username, Model model) {
        addUser(username, model);
        if (!model.containsAttribute("grant")) {
            model.addAttribute("grant", new GrantMembershipCommand("", Role.EDITOR));
        }
        return "identity/user";
    }

    @PostMapping("/{username}/memberships")
    String grant(
            @PathVariable String username,
            @ModelAttribute("grant") GrantMembershipCommand command,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // A role that does not exist did not bind: it is named on its field, nothing is granted.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            addUser(username, model);
            return "identity/user";
        }
        try {
            users.grant(username, command);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + username;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (ConflictException e) {
            binding.reject(e.messageKey(), e.arguments(), null);
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        addUser(username, model);
        return "identity/user";
    }

    @PostMapping("/{username}/memberships/{membershipId}/delete")
    String revoke(@PathVariable String username, @PathVariable long membershipId, RedirectAttributes redirect) {
        users.revoke(username, membershipId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/enabled")
    String enable(
            @PathVariable String username,
            @RequestParam boolean enabled,
            @RequestParam long version,
            RedirectAttributes redirect) {
        users.setEnabled(username, enabled, version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam String password,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            users.resetPassword(username, password);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + username;
        } catch (InvalidInputException e) {
            model.addAttribute("passwordError", e.problems().get(0).messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return user(username, model);
        }
    }

    /** The user and what the current user may do to them: the page offers only that. */
    private void addUser(String username, Model model) {
        UserSummary user = users.get(username);
        model.addAttribute("user", user);
        model.addAttribute("administration", users.administration(user));
    }
}
