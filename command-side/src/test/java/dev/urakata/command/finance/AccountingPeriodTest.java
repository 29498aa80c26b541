package dev.urakata.command.finance;

import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.finance.AccountingPeriodClosedEvent;
import dev.urakata.shared.finance.AccountingPeriodId;
import dev.urakata.shared.finance.CloseAccountingPeriodCommand;
import dev.urakata.shared.finance.FinanceErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Closing a month: once, and only after it has ended. */
class AccountingPeriodTest {

    static final AccountingPeriodId APRIL = new AccountingPeriodId("2026-04");
    static final Map<String, String> FIN = Map.of(MetadataKeys.USER, "fin");

    private AggregateTestFixture<AccountingPeriod> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccountingPeriod.class);
    }

    @Test
    void closesAnEndedMonthRecordingWhoClosedIt() {
        fixture.givenCurrentTime(Instant.parse("2026-05-01T00:00:00Z"))
                .when(new CloseAccountingPeriodCommand(APRIL), FIN)
                .expectEvents(new AccountingPeriodClosedEvent(APRIL, "fin"));
    }

    @Test
    void refusesAMonthNotYetEnded() {
        fixture.givenCurrentTime(Instant.parse("2026-04-30T23:00:00Z"))
                .when(new CloseAccountingPeriodCommand(APRIL), FIN)
                .expectException(refusedWith(FinanceErrors.PERIOD_NOT_ENDED)).expectNoEvents();
    }

    @Test
    void refusesClosingTwice() {
        fixture.given(new AccountingPeriodClosedEvent(APRIL, "fin"))
                .when(new CloseAccountingPeriodCommand(APRIL), FIN)
                .expectException(refusedWith(FinanceErrors.PERIOD_ALREADY_CLOSED)).expectNoEvents();
    }
}
