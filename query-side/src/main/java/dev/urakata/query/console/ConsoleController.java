package dev.urakata.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's entry points: the sign-in page, the home page with what the role may open, the refusal page. */
@Controller
@Hidden // pages for people, not part of the API's OpenAPI document
class ConsoleController {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    @GetMapping("/console/forbidden")
    String forbidden() {
        return "console/forbidden";
    }
}
