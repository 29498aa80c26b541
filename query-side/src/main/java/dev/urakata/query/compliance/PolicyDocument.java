package dev.urakata.query.compliance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code compliance_policies}: one policy as its latest version has it, keyed by policy code. */
public record PolicyDocument(
        @Id String id,
        @Meaning("the policy's title") String title,
        @Meaning("its latest published version") int version,
        @Meaning("whether employees must acknowledge the latest version") boolean acknowledgementRequired) {
}
