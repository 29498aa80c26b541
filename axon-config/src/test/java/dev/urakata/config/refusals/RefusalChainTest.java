package dev.urakata.config.refusals;

import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.audit.RefusalLogEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash of a refusal log row is the documented one: these values were computed outside Java with the few lines of
 * Python in docs/security.md, so a change of the encoding (field order, lengths, the time's form) fails here.
 */
class RefusalChainTest {

    static final RefusalLogEntry FIRST = new RefusalLogEntry(1, Instant.parse("2026-05-01T09:00:00.123Z"),
            RefusalKind.REFUSED, 422, "FOUR_EYES_REQUIRED", "refused by a business rule", "田中", "POST",
            "/api/purchasing/orders/{purchaseOrderId}/approve", "ApprovePurchaseOrderCommand", "purchaseOrderId=po-1",
            "192.0.2.10", 0, RefusalChain.GENESIS, null);

    @Test
    void theHashIsTheDocumentedOneComputedElsewhere() {
        assertThat(RefusalChain.hash(FIRST))
                .isEqualTo("9b6d062e74f9752d8390038b605e4202ab6766b71777c295a298f318e0a668be");
        RefusalLogEntry summary = new RefusalLogEntry(2, Instant.parse("2026-05-01T09:01:00Z"),
                RefusalKind.SUPPRESSED, null, null, "left out under the rate limit from 2026-05-01T09:00:00Z", null,
                null, null, null, null, "192.0.2.10", 7, RefusalChain.hash(FIRST), null);
        assertThat(RefusalChain.hash(summary))
                .isEqualTo("c453c0807dc93803ad3f38ef4d967bfc9c6cfb340b571f9643aeafd33f61d064");
    }

    @Test
    void aValueCannotPassForTwoFields() {
        // "ops" as user and "POST" as method against "ops\n4:POST" as user and no method: same characters, not
        // the same text, since every value carries its length
        RefusalLogEntry split = with(FIRST, "ops", "POST");
        RefusalLogEntry joined = with(FIRST, "ops\n4:POST", null);
        assertThat(RefusalChain.hash(split)).isNotEqualTo(RefusalChain.hash(joined));
        assertThat(RefusalChain.hash(with(FIRST, "", "POST")))
                .isNotEqualTo(RefusalChain.hash(with(FIRST, null, "POST")));
    }

    @Test
    void everyFieldAndThePreviousHashCount() {
        String hash = RefusalChain.hash(FIRST);
        assertThat(RefusalChain.hash(new RefusalLogEntry(1, FIRST.recordedAt().plusMillis(1), FIRST.kind(),
                FIRST.status(), FIRST.code(), FIRST.reason(), FIRST.user(), FIRST.method(), FIRST.route(),
                FIRST.commandType(), FIRST.target(), FIRST.clientAddress(), 0, FIRST.previousHash(), null)))
                .isNotEqualTo(hash);
        assertThat(RefusalChain.hash(new RefusalLogEntry(1, FIRST.recordedAt(), FIRST.kind(), FIRST.status(),
                FIRST.code(), FIRST.reason(), FIRST.user(), FIRST.method(), FIRST.route(), FIRST.commandType(),
                FIRST.target(), FIRST.clientAddress(), 1, FIRST.previousHash(), null))).isNotEqualTo(hash);
        assertThat(RefusalChain.hash(new RefusalLogEntry(1, FIRST.recordedAt(), FIRST.kind(), FIRST.status(),
                FIRST.code(), FIRST.reason(), FIRST.user(), FIRST.method(), FIRST.route(), FIRST.commandType(),
                FIRST.target(), FIRST.clientAddress(), 0, "1".repeat(64), null))).isNotEqualTo(hash);
    }

    private static RefusalLogEntry with(RefusalLogEntry e, String user, String method) {
        return new RefusalLogEntry(e.sequence(), e.recordedAt(), e.kind(), e.status(), e.code(), e.reason(), user,
                method, e.route(), e.commandType(), e.target(), e.clientAddress(), e.suppressed(), e.previousHash(),
                null);
    }
}
