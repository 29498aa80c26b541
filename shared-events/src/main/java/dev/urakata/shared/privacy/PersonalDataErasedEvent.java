package dev.urakata.shared.privacy;

import org.axonframework.serialization.Revision;

/**
 * A data subject's personal data was erased: its key is destroyed, so every erasable field about the subject
 * reads as {@link PersonalDataFields#ERASED} from now on. Read models that copied those fields overwrite them
 * when they see this event. Who erased, and when, are the event's metadata and timestamp.
 *
 * @param subjectId the data subject
 * @param reason    why
 */
@Revision("1")
public record PersonalDataErasedEvent(DataSubjectId subjectId, String reason) {
}
