package dev.urakata.config.refusals;

import dev.urakata.shared.audit.RefusalKind;

/**
 * One refusal as the web layer saw it, before the log gives it a place, a time and a hash. Only what an auditor needs
 * and nothing a person wrote: no request body, no problem detail (both may name people).
 *
 * @param kind          what kind of refusal
 * @param status        the HTTP status answered
 * @param code          the problem's stable code
 * @param reason        a short reason from a fixed set of texts
 * @param user          the signed-in user, or the account name tried by a failed sign-in (only an existing one)
 * @param method        the HTTP method
 * @param route         the route's pattern, or the path where no route matched
 * @param commandType   the simple name of the command refused, when one had been sent
 * @param target        what the request addressed: the route's path variables as {@code name=value}, else the
 *                      aggregate the command addressed as {@code aggregate=id}
 * @param clientAddress the address the request came from
 */
public record RefusalAttempt(RefusalKind kind, Integer status, String code, String reason, String user, String method,
                             String route, String commandType, String target, String clientAddress) {
}
