package dev.urakata.config.privacy;

import org.axonframework.serialization.SerializationException;

/**
 * Encrypted personal data whose subject has neither a key nor an erasure record: the key store was lost or is not
 * the one the data was written with. Reading stops here, loudly (the event is dead-lettered or the command fails),
 * instead of showing the data as erased or making a new key that could never decrypt it.
 */
public class SubjectKeyMissingException extends SerializationException {

    public SubjectKeyMissingException(String subject) {
        super("No key and no erasure is recorded for data subject " + subject + ": its personal data cannot be read. "
                + "Is the key store (table " + SubjectKeyStore.TABLE + ") the one these events were written with?");
    }
}
