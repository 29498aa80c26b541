package dev.urakata.shared.privacy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a data subject's personal data: destroy the key that encrypts it in the event store.
 *
 * @param subjectId the data subject, for example an employee id
 * @param reason    why (for example the reference of the erasure request); kept in the audit trail
 */
public record ErasePersonalDataCommand(DataSubjectId subjectId, String reason) {

    /**
     * The erasure's own aggregate. Not the subject id itself: that already names the subject's aggregate (the
     * employee), and an aggregate id names one stream of events in the store.
     */
    @JsonIgnore
    @TargetAggregateIdentifier
    public String erasureId() {
        return erasureIdOf(subjectId);
    }

    /** The id of the erasure aggregate of {@code subjectId}. */
    public static String erasureIdOf(DataSubjectId subjectId) {
        return "erasure-" + subjectId.value();
    }
}
