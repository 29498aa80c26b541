package dev.urakata.command.privacy;

import dev.urakata.config.privacy.SubjectKeyStore;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Makes sure every recorded erasure destroyed its key. The erasure normally destroys it right after its event is
 * committed; this tracking handler repeats that (erasing is idempotent) so a process that stopped in between
 * still ends up without the key.
 */
@Component
@ProcessingGroup(PersonalDataKeyShredder.PROCESSING_GROUP)
class PersonalDataKeyShredder {

    static final String PROCESSING_GROUP = "privacy-key-shredder";

    private final SubjectKeyStore keys;

    PersonalDataKeyShredder(SubjectKeyStore keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        keys.erase(event.subjectId().value());
    }
}
