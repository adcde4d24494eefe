package id.rancang.identity.web;

import id.rancang.identity.ChangePasswordCommand;
import id.rancang.identity.Users;
import id.rancang.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: their memberships and a password change. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Users users;

    AccountController(Users users) {
        this.users = users;
    }

    @GetMapping
    String account(Model model) {
        model.addAttribute("user", users.current().orElseThrow());
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new ChangePasswordCommand("", "", ""));
        }
        return "identity/account";
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute("password") ChangePasswordCommand command,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                users.changeOwnPassword(command);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/account";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("user", users.current().orElseThrow());
        return "identity/account";
    }
}
