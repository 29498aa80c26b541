package dev.urakata.shared.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * One row of the security and refusal log: a refused sign-in, a forbidden request or a refused command, who tried it,
 * from where, at what, and why it was refused; no request body and no problem detail (they may name people). Each row
 * carries the hash of the row before it, so that a changed or removed row breaks the chain
 * ({@code GET /api/audit/verify}).
 *
 * @param sequence      the row's place in the log, from 1 with no gap
 * @param recordedAt    when it was recorded (UTC, milliseconds)
 * @param kind          what kind of refusal it is
 * @param status        the HTTP status answered; {@code null} for a {@code SUPPRESSED} row
 * @param code          the problem's stable code; {@code null} for a {@code SUPPRESSED} row
 * @param reason        a short reason from a fixed set of texts, never the problem's detail
 * @param user          the signed-in user; for a failed sign-in the account name tried, when such an account exists
 * @param method        the HTTP method
 * @param route         the route's pattern ({@code /api/hr/employees/{employeeId}}), or the path where no route matched
 * @param commandType   the command refused, when one had been sent
 * @param target        the route's path variables as {@code name=value}, comma-separated; without any, the id of
 *                      the aggregate the command addressed, as {@code aggregate=id}
 * @param clientAddress the address the request came from
 * @param suppressed    how many refusals of this client were left out under the rate limit before this row
 * @param previousHash  the hash of the row before (64 zeros before the first)
 * @param hash          SHA-256 over {@code previousHash} and this row's fields, hex
 */
@Schema(description = "One refused sign-in, forbidden request or refused command, chained to the row before it by "
        + "its hash")
public record RefusalLogEntry(
        @Schema(description = "the row's place in the log, from 1 with no gap") long sequence,
        @Schema(description = "when it was recorded (UTC, milliseconds)") Instant recordedAt,
        @Schema(description = "what kind of refusal it is") RefusalKind kind,
        @Schema(description = "the HTTP status answered; absent for a SUPPRESSED row") Integer status,
        @Schema(description = "the problem's stable code; absent for a SUPPRESSED row", example = "FOUR_EYES_REQUIRED")
        String code,
        @Schema(description = "a short reason from a fixed set of texts, never the problem's detail") String reason,
        @Schema(description = "the signed-in user; for a failed sign-in the account name tried, when such an account "
                + "exists") String user,
        @Schema(description = "the HTTP method", example = "POST") String method,
        @Schema(description = "the route's pattern, or the path where no route matched",
                example = "/api/purchasing/orders/{purchaseOrderId}/approve") String route,
        @Schema(description = "the command refused, when one had been sent", example = "ApprovePurchaseOrderCommand")
        String commandType,
        @Schema(description = "the route's path variables as name=value, comma-separated; without any, the id of the "
                + "aggregate the command addressed, as aggregate=id",
                example = "purchaseOrderId=7d1c9a3e-0b7f-4c55-9d57-3f1a2b6c8e90") String target,
        @Schema(description = "the address the request came from", example = "192.0.2.10") String clientAddress,
        @Schema(description = "how many refusals of this client were left out under the rate limit before this row")
        long suppressed,
        @Schema(description = "the hash of the row before (64 zeros before the first), hex") String previousHash,
        @Schema(description = "SHA-256 over previousHash and this row's fields, hex") String hash) {
}
