package dev.urakata.query.console;

import dev.urakata.query.operations.DeadLetterOperations;
import dev.urakata.query.operations.ProcessorOperations;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/**
 * Operations pages of this instance: event processors with position, lag and a rebuild's progress (the table
 * refreshes itself with htmx while the page is open), and the dead letters of each processing group. ADMIN acts
 * (rebuild, retry); COMPLIANCE reads.
 */
@Controller
@Hidden // pages for people, not part of the API's OpenAPI document
@RequestMapping("/console/operations")
@PreAuthorize(ConsoleSecurityConfiguration.AUDITORS)
class OperationsConsoleController {

    private final ProcessorOperations processors;
    private final DeadLetterOperations deadLetters;

    OperationsConsoleController(ProcessorOperations processors, DeadLetterOperations deadLetters) {
        this.processors = processors;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    String processors(Model model) {
        model.addAttribute("processors", processors.all());
        return "console/processors";
    }

    /** The processor table alone, for htmx to swap in every second or two. */
    @GetMapping("/processors")
    String processorTable(Model model) {
        model.addAttribute("processors", processors.all());
        return "console/processors :: table";
    }

    @PostMapping("/processors/{name}/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    String rebuild(@PathVariable String name, Principal user, RedirectAttributes redirect) {
        processors.rebuild(name, user.getName());
        redirect.addFlashAttribute("message", "Rebuild of " + name + " started.");
        return "redirect:/console/operations";
    }

    @GetMapping("/dead-letters")
    String deadLetters(Model model) {
        model.addAttribute("groups", deadLetters.groups());
        return "console/dead-letters";
    }

    @GetMapping("/dead-letters/{group}")
    String deadLetterGroup(@PathVariable String group, Model model) {
        model.addAttribute("groups", deadLetters.groups());
        model.addAttribute("group", group);
        model.addAttribute("sequences", deadLetters.sequences(group, 0, 50));
        return "console/dead-letters";
    }

    @PostMapping("/dead-letters/{group}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(@PathVariable String group, RedirectAttributes redirect) {
        var result = deadLetters.retry(group);
        redirect.addFlashAttribute("message", "Retried " + group + ": " + result.processedSequences()
                + " sequence(s) handled, " + result.remainingSequences() + " left.");
        return "redirect:/console/operations/dead-letters";
    }
}
