package dev.urakata.query.it;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketStatus;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.util.List;

/**
 * A document of {@code it_support_tickets}: one support ticket with its deadline and comments, keyed by ticket id.
 * Who it is for, who works on it and every text about it are personal data; analysts see category, priority,
 * status and times.
 */
public record TicketDocument(
        @Id String id,
        @Meaning(value = "the employee number of whom it is for", hidden = true) String requester,
        @Meaning(value = "the employee id of whom it is for: the data subject its texts are about", hidden = true)
        String requesterId,
        @Meaning(value = "a one-line summary", hidden = true) String subject,
        @Meaning(value = "what is wrong or wanted", hidden = true) String description,
        @Meaning("its category, an upper-case code") String category,
        @Meaning("how urgent: `P1` (most) to `P4`") TicketPriority priority,
        @Meaning("`OPEN`, `RESOLVED` or `CLOSED`") TicketStatus status,
        @Meaning(value = "the user who opened it", hidden = true) String openedBy,
        @Meaning("when it was opened") Instant openedAt,
        @Meaning("when it must be resolved by (the SLA of its priority)") Instant dueAt,
        @Meaning("whether a missed deadline was recorded (an open ticket past `dueAt` may not be marked yet)")
        boolean breached,
        @Meaning(value = "its comments, each with who wrote what when", hidden = true) List<Comment> comments,
        @Meaning(value = "the agent working on it", optional = true, hidden = true) String assignee,
        @Meaning(value = "how it was resolved", optional = true, hidden = true) String resolution,
        @Meaning(value = "who resolved it", optional = true, hidden = true) String resolvedBy,
        @Meaning(value = "when it was last resolved", optional = true) Instant resolvedAt) {

    /**
     * One comment, keyed by the id of the event that added it: a redelivered comment is the same element, which the
     * set it is added to already holds.
     */
    @Schema(name = "TicketComment")
    public record Comment(String eventId, String author, String text, Instant commentedAt) {

        Comment erased(String placeholder) {
            return new Comment(eventId, author, placeholder, commentedAt);
        }
    }
}
