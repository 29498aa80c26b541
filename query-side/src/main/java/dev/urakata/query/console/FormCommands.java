package dev.urakata.query.console;

import dev.urakata.config.refusals.RefusalRecorder;
import dev.urakata.config.web.Problems;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every console form does with its command: sends it through the {@link CommandGateway} (in-process in
 * standalone mode, through Axon Server in distributed mode), waits, and turns a refusal into an error beside the
 * field it is about, worded as the API words it and followed by its stable code. Also the typed-value rules the
 * forms share (money as amount and currency) and their fresh form ids.
 */
@Component
class FormCommands {

    private final CommandGateway commands;
    /** A form's refused command is recorded in the security and refusal log, as the API's are. */
    private final ObjectProvider<RefusalRecorder> refusals;

    FormCommands(CommandGateway commands, ObjectProvider<RefusalRecorder> refusals) {
        this.commands = commands;
        this.refusals = refusals;
    }

    /**
     * Which field a refusal is about: every refusal with {@code code} whose detail contains {@code detailContains}
     * (any detail when {@code null}). The first rule that matches wins; a refusal no rule matches is about the
     * whole form.
     */
    record Refusal(ErrorCode code, String detailContains, String field) {

        static Refusal of(ErrorCode code, String field) {
            return new Refusal(code, null, field);
        }

        static Refusal of(ErrorCode code, String detailContains, String field) {
            return new Refusal(code, detailContains, field);
        }

        boolean matches(ErrorCode refused, String detail) {
            return code.is(refused) && (detailContains == null || (detail != null && detail.contains(detailContains)));
        }
    }

    /**
     * Sends the commands one after the other and waits for each; stops at the first refusal, which becomes an error
     * of the field {@code refusals} name for it (or of the form). Answers whether all were carried out.
     */
    boolean send(FormErrors errors, List<Refusal> refusals, Object... sequence) {
        for (Object command : sequence) {
            try {
                commands.sendAndWait(command);
            } catch (CommandExecutionException e) {
                Object details = e.getDetails().orElse(null);
                if (details instanceof ErrorDetails error) {
                    reject(errors, refusals, error, error.detail());
                } else if (details instanceof Map<?, ?> map && map.get("code") != null) {
                    // Details that crossed a process boundary without their type.
                    ErrorDetails error = ErrorDetails.of(map);
                    reject(errors, refusals, error, error.detail());
                } else if (e.getCause() instanceof AggregateStreamCreationException) {
                    reject(errors, refusals, CommonErrors.ALREADY_EXISTS, "This form was already submitted");
                } else {
                    reject(errors, refusals, CommonErrors.INTERNAL_ERROR, "The command could not be carried out");
                }
                return false;
            } catch (DomainException e) {
                reject(errors, refusals, e.code(), e.getMessage());
                return false;
            } catch (AggregateStreamCreationException e) {
                reject(errors, refusals, CommonErrors.ALREADY_EXISTS, "This form was already submitted");
                return false;
            }
        }
        return true;
    }

    private void reject(FormErrors errors, List<Refusal> refusals, ErrorCode code, String detail) {
        this.refusals.ifAvailable(recorder -> recorder.answered(Problems.statusOf(code), code.name()));
        String message = detail + " (" + code.name() + ")";
        refusals.stream().filter(r -> r.matches(code, detail)).findFirst().ifPresentOrElse(
                r -> errors.add(r.field(), message), () -> errors.addGlobal(message));
    }

    /**
     * The money an amount field and a currency field stand for, as the API's {@code Money} reads it (no more
     * decimals than the currency has); {@code null} with the error beside the amount when it is not money, not
     * greater than zero ({@code positive}) or negative.
     */
    static Money money(FormErrors errors, String amountField, String amount, String currencyField, String currency,
                       boolean positive) {
        BigDecimal value = errors.parse(amountField, amount, BigDecimal::new, "must be a number");
        if (value == null || errors.has(currencyField)) {
            return null;
        }
        try {
            Money money = new Money(value, currency);
            if (positive ? !money.isPositive() : money.amount().signum() < 0) {
                errors.add(amountField, positive ? "must be greater than 0" : "must be zero or more");
                return null;
            }
            return money;
        } catch (IllegalArgumentException e) {
            errors.add(amountField, e.getMessage());
            return null;
        }
    }

    /** A positive quantity with at most {@code integer} digits before the point and three after, as the API. */
    static BigDecimal quantity(FormErrors errors, String field, String value, int integer) {
        BigDecimal quantity = errors.parse(field, value, BigDecimal::new, "must be a number");
        if (quantity == null) {
            return null;
        }
        if (quantity.signum() <= 0) {
            errors.add(field, "must be greater than 0");
            return null;
        }
        BigDecimal plain = quantity.stripTrailingZeros();
        if (plain.scale() > 3 || plain.precision() - plain.scale() > integer) {
            errors.add(field, "numeric value out of bounds (<" + integer + " digits>.<3 digits> expected)");
            return null;
        }
        return quantity;
    }

    /** After a form's commands were carried out: its page again, fresh, with {@code message} saying what was done. */
    static String done(RedirectAttributes redirect, String form, String message) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/console/forms/" + form;
    }

    /** A fresh id for the aggregate (or movement) a form creates, so that a resubmit cannot create two. */
    static String newFormId() {
        return UUID.randomUUID().toString();
    }
}
