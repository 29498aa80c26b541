package dev.urakata.command.processes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The rules of the cross-department processes, under {@code urakata.processes}: what onboarding sets up and how
 * long each department has before a step is escalated.
 *
 * @param onboardingWindow            how long after the first day a hire still starts an onboarding; a hire recorded
 *                                    later is an existing employment taken over (a migration), not a new joiner
 * @param systemAccounts              the systems every new employee gets an account on
 * @param mandatoryTrainings          the trainings every new employee must complete
 * @param trainingDueDays             days after the first day (or after onboarding starts, if later) to complete them
 * @param contractSignatureWithin     how long the employment contract may stay unsigned after the hire is recorded
 * @param laptopWithin                the least time IT has to hand over a laptop; it is due on the first day, or
 *                                    this long after the hire is recorded if that is later
 * @param assetReturnWithin           how long after the last day assets may stay out
 * @param finalPayWithin              how long after the last day the final payslip may stay unpaid
 * @param remindersBeforeCollection   payment reminders after which an overdue invoice goes to collection
 * @param collectionAfterLastReminder how long after that reminder the invoice is handed to legal
 * @param zone                        the zone in which dates (first day, last day) begin and end
 */
@ConfigurationProperties(prefix = "urakata.processes")
public record ProcessSettings(
        @DefaultValue("30d") Duration onboardingWindow,
        @DefaultValue({"email", "sso"}) List<String> systemAccounts,
        @DefaultValue({"CODE_OF_CONDUCT", "DATA_PROTECTION", "INFORMATION_SECURITY"}) List<String> mandatoryTrainings,
        @DefaultValue("30") int trainingDueDays,
        @DefaultValue("7d") Duration contractSignatureWithin,
        @DefaultValue("3d") Duration laptopWithin,
        @DefaultValue("7d") Duration assetReturnWithin,
        @DefaultValue("45d") Duration finalPayWithin,
        @DefaultValue("3") int remindersBeforeCollection,
        @DefaultValue("14d") Duration collectionAfterLastReminder,
        @DefaultValue("UTC") ZoneId zone) {

    public ProcessSettings {
        systemAccounts = List.copyOf(systemAccounts);
        mandatoryTrainings = List.copyOf(mandatoryTrainings);
    }

    /** The defaults, for tests. */
    public static ProcessSettings defaults() {
        return new ProcessSettings(Duration.ofDays(30), List.of("email", "sso"),
                List.of("CODE_OF_CONDUCT", "DATA_PROTECTION", "INFORMATION_SECURITY"), 30, Duration.ofDays(7),
                Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(45), 3, Duration.ofDays(14), ZoneId.of("UTC"));
    }

    /** The instant {@code day} begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** {@code due}, or {@code earliest} if that is later: a deadline already past fires at the next poll. */
    public static Instant notBefore(Instant due, Instant earliest) {
        return due.isAfter(earliest) ? due : earliest;
    }

    /** The instant {@code day} is over (the next day begins). */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
