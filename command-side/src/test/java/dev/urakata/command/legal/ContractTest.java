package dev.urakata.command.legal;

import dev.urakata.command.finance.TaxRates;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.legal.ContractActivatedEvent;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractExpiryReminderIssuedEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractRenewedEvent;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.legal.DraftContractCommand;
import dev.urakata.shared.legal.LegalErrors;
import dev.urakata.shared.legal.RenewContractCommand;
import dev.urakata.shared.legal.SignContractCommand;
import dev.urakata.shared.legal.TerminateContractCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every contract command, accepted and refused, and every contract deadline firing and being cancelled. */
class ContractTest {

    static final ContractId ID = new ContractId("c-1");
    static final LocalDate START = LocalDate.of(2031, 4, 1);
    static final LocalDate END = LocalDate.of(2032, 3, 31);
    static final DraftContractCommand DRAFT = new DraftContractCommand(ID, ContractKind.SUPPLIER, "sup-7",
            "Cleaning services", START, END);
    static final ContractDraftedEvent DRAFTED = new ContractDraftedEvent(ID, ContractKind.SUPPLIER, "sup-7",
            "Cleaning services", START, END);
    static final ContractSignedEvent SIGNED = new ContractSignedEvent(ID, ContractKind.SUPPLIER, "sup-7",
            LocalDate.of(2031, 3, 1));
    static final ContractActivatedEvent ACTIVATED = new ContractActivatedEvent(ID, ContractKind.SUPPLIER, "sup-7",
            START);

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
        fixture.registerInjectableResource(new LegalSettings(30));
        fixture.registerInjectableResource(new TaxRates());
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Nested
    class Drafting {

        @Test
        void draftingRecordsTheTerms() {
            fixture.givenNoPriorActivity().when(DRAFT).expectSuccessfulHandlerExecution().expectEvents(DRAFTED);
        }

        @Test
        void draftingTheSameTermsAgainRecordsNothing() {
            fixture.given(DRAFTED).when(DRAFT).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void draftingTheSameTermsAgainAfterSigningStillRecordsNothing() {
            fixture.given(DRAFTED, SIGNED, ACTIVATED).when(DRAFT).expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void otherTermsUnderAnExistingIdAreRefused() {
            fixture.given(DRAFTED).when(new DraftContractCommand(ID, ContractKind.SUPPLIER, "sup-7",
                            "Cleaning services", START, END.plusYears(1)))
                    .expectException(refusedWith(CommonErrors.ALREADY_EXISTS)).expectNoEvents();
        }

        @Test
        void anEndBeforeTheStartIsRefused() {
            fixture.givenNoPriorActivity().when(new DraftContractCommand(ID, ContractKind.SUPPLIER, "sup-7",
                            "Cleaning", START, START.minusDays(1)))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void aBlankTitleIsRefused() {
            fixture.givenNoPriorActivity().when(new DraftContractCommand(ID, ContractKind.SUPPLIER, "sup-7", " ",
                    START, END)).expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void theOnboardingIdOfAnEmploymentContractIsDerivedFromTheEmployee() {
            org.assertj.core.api.Assertions.assertThat(DraftContractCommand.employmentContractOf("e-1"))
                    .isEqualTo(new ContractId("employment-e-1"));
        }
    }

    /** Billing terms ride on the draft and the signing; the saga invoices from the signing event alone. */
    @Nested
    class Billing {

        static final ContractBilling MONTHLY = new ContractBilling(Money.of("100000", "JPY"), BillingPlan.MONTHLY, 3,
                "STANDARD");

        static DraftContractCommand customerDraft(ContractBilling billing) {
            return new DraftContractCommand(ID, ContractKind.CUSTOMER, "cus-1", "Support plan", START, END, billing);
        }

        @Test
        void aCustomerContractRecordsItsBillingTermsAndSigningCarriesThem() {
            fixture.givenNoPriorActivity().when(customerDraft(MONTHLY))
                    .expectEvents(new ContractDraftedEvent(ID, ContractKind.CUSTOMER, "cus-1", "Support plan", START,
                            END, MONTHLY));
            fixture.given(new ContractDraftedEvent(ID, ContractKind.CUSTOMER, "cus-1", "Support plan", START, END,
                            MONTHLY))
                    .when(new SignContractCommand(ID, START, false))
                    .expectEvents(new ContractSignedEvent(ID, ContractKind.CUSTOMER, "cus-1", START, MONTHLY),
                            new ContractActivatedEvent(ID, ContractKind.CUSTOMER, "cus-1", START));
        }

        @Test
        void redraftingWithOtherBillingTermsIsRefused() {
            fixture.given(new ContractDraftedEvent(ID, ContractKind.CUSTOMER, "cus-1", "Support plan", START, END,
                            MONTHLY))
                    .when(customerDraft(new ContractBilling(Money.of("100000", "JPY"), BillingPlan.ONE_OFF, 1,
                            "STANDARD")))
                    .expectException(refusedWith(CommonErrors.ALREADY_EXISTS)).expectNoEvents();
        }

        @Test
        void billingOnAnotherKindIsRefused() {
            fixture.givenNoPriorActivity().when(new DraftContractCommand(ID, ContractKind.SUPPLIER, "sup-7",
                            "Cleaning services", START, END, MONTHLY))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void badTermsAreRefused() {
            for (ContractBilling bad : new ContractBilling[]{
                    new ContractBilling(Money.of("0", "JPY"), BillingPlan.ONE_OFF, 1, "STANDARD"),
                    new ContractBilling(Money.of("100", "JPY"), null, 1, "STANDARD"),
                    new ContractBilling(Money.of("100", "JPY"), BillingPlan.ONE_OFF, 2, "STANDARD"),
                    new ContractBilling(Money.of("100", "JPY"), BillingPlan.MONTHLY, 0, "STANDARD"),
                    new ContractBilling(Money.of("100", "JPY"), BillingPlan.MONTHLY, ContractBilling.MAX_MONTHS + 1,
                            "STANDARD"),
                    new ContractBilling(Money.of("100", "JPY"), BillingPlan.MONTHLY, 2, "NO-SUCH-RATE")}) {
                fixture.givenNoPriorActivity().when(customerDraft(bad))
                        .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            }
        }
    }

    @Nested
    class Signing {

        @Test
        void signingBeforeTheStartSchedulesActivationReminderAndExpiry() {
            fixture.given(DRAFTED).when(new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false))
                    .expectEvents(SIGNED)
                    .expectScheduledDeadlineWithName(at(START), Contract.ACTIVATION)
                    .expectScheduledDeadlineWithName(at(END.minusDays(30)), Contract.EXPIRY_REMINDER)
                    .expectScheduledDeadlineWithName(at(END.plusDays(1)), Contract.EXPIRY);
        }

        @Test
        void signingOnOrAfterTheStartActivatesAtOnce() {
            fixture.given(DRAFTED).when(new SignContractCommand(ID, START, false))
                    .expectEvents(new ContractSignedEvent(ID, ContractKind.SUPPLIER, "sup-7", START), ACTIVATED)
                    .expectNoScheduledDeadlineWithName(at(START), Contract.ACTIVATION);
        }

        @Test
        void anOpenEndedContractHasNoExpiry() {
            fixture.given(new ContractDraftedEvent(ID, ContractKind.CUSTOMER, "cus-1", "Framework", START, null))
                    .when(new SignContractCommand(ID, START, false))
                    .expectEvents(new ContractSignedEvent(ID, ContractKind.CUSTOMER, "cus-1", START),
                            new ContractActivatedEvent(ID, ContractKind.CUSTOMER, "cus-1", START))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void signingTwiceIsRefused() {
            fixture.given(DRAFTED, SIGNED).when(new SignContractCommand(ID, START, false))
                    .expectException(refusedWith(LegalErrors.CONTRACT_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void signingWithoutADateIsRefused() {
            fixture.given(DRAFTED).when(new SignContractCommand(ID, null, false))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void whoMaySignEmploymentContractsOnlyIsRefusedASupplierContract() {
            fixture.given(DRAFTED).when(new SignContractCommand(ID, START, true))
                    .expectException(refusedWith(CommonErrors.FORBIDDEN)).expectNoEvents();
        }

        @Test
        void whoMaySignEmploymentContractsOnlySignsOne() {
            ContractId employment = DraftContractCommand.employmentContractOf("e-1");
            fixture.given(new ContractDraftedEvent(employment, ContractKind.EMPLOYMENT, "e-1", "Employment", START,
                            null))
                    .when(new SignContractCommand(employment, START, true))
                    .expectEvents(new ContractSignedEvent(employment, ContractKind.EMPLOYMENT, "e-1", START),
                            new ContractActivatedEvent(employment, ContractKind.EMPLOYMENT, "e-1", START));
        }
    }

    @Nested
    class Deadlines {

        @Test
        void theContractBecomesActiveOnItsStartDate() {
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false))
                    .whenThenTimeAdvancesTo(at(START).plusSeconds(1))
                    .expectEvents(ACTIVATED)
                    .expectTriggeredDeadlinesWithName(Contract.ACTIVATION);
        }

        @Test
        void theReminderComesTheConfiguredDaysBeforeTheEnd() {
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false))
                    .whenThenTimeAdvancesTo(at(END.minusDays(30)).plusSeconds(1))
                    .expectEvents(ACTIVATED, new ContractExpiryReminderIssuedEvent(ID, END, 30));
        }

        @Test
        void theContractExpiresAfterItsEndDate() {
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false))
                    .whenThenTimeAdvancesTo(at(END.plusDays(1)).plusSeconds(1))
                    .expectEvents(ACTIVATED, new ContractExpiryReminderIssuedEvent(ID, END, 30),
                            new ContractExpiredEvent(ID, ContractKind.SUPPLIER, "sup-7", END));
        }

        @Test
        void aReminderPeriodComesFromConfiguration() {
            fixture = new AggregateTestFixture<>(Contract.class);
            fixture.registerInjectableResource(new LegalSettings(7));
            fixture.registerInjectableResource(new TaxRates());
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false))
                    .whenThenTimeAdvancesTo(at(END.minusDays(7)).plusSeconds(1))
                    .expectEvents(ACTIVATED, new ContractExpiryReminderIssuedEvent(ID, END, 7));
        }

        @Test
        void renewingReschedulesReminderAndExpiry() {
            LocalDate newEnd = END.plusYears(1);
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, START, false))
                    .when(new RenewContractCommand(ID, newEnd))
                    .expectEvents(new ContractRenewedEvent(ID, END, newEnd))
                    .expectNoScheduledDeadlineWithName(at(END.plusDays(1)), Contract.EXPIRY)
                    .expectNoScheduledDeadlineWithName(at(END.minusDays(30)), Contract.EXPIRY_REMINDER)
                    .expectScheduledDeadlineWithName(at(newEnd.plusDays(1)), Contract.EXPIRY)
                    .expectScheduledDeadlineWithName(at(newEnd.minusDays(30)), Contract.EXPIRY_REMINDER);
        }

        @Test
        void aRenewedContractDoesNotExpireOnItsOldEndDate() {
            LocalDate newEnd = END.plusYears(1);
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, START, false),
                            new RenewContractCommand(ID, newEnd))
                    .whenThenTimeAdvancesTo(at(END.plusDays(2)))
                    .expectNoEvents();
        }

        @Test
        void terminatingCancelsEveryDeadline() {
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false))
                    .when(new TerminateContractCommand(ID, LocalDate.of(2031, 3, 15), "Supplier went bankrupt"))
                    .expectEvents(new ContractTerminatedEvent(ID, ContractKind.SUPPLIER, "sup-7",
                            LocalDate.of(2031, 3, 15), "Supplier went bankrupt"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aTerminatedContractNeitherActivatesNorExpires() {
            fixture.givenCommands(DRAFT, new SignContractCommand(ID, LocalDate.of(2031, 3, 1), false),
                            new TerminateContractCommand(ID, LocalDate.of(2031, 3, 15), "Changed our mind"))
                    .whenThenTimeAdvancesTo(at(END.plusDays(2)))
                    .expectNoEvents();
        }
    }

    @Nested
    class RenewingAndTerminating {

        @Test
        void anEarlierOrEqualEndDateIsRefused() {
            fixture.given(DRAFTED, SIGNED, ACTIVATED).when(new RenewContractCommand(ID, END))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void aDraftCannotBeRenewed() {
            fixture.given(DRAFTED).when(new RenewContractCommand(ID, END.plusYears(1)))
                    .expectException(refusedWith(LegalErrors.CONTRACT_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void anOpenEndedContractCannotBeRenewed() {
            fixture.given(new ContractDraftedEvent(ID, ContractKind.CUSTOMER, "cus-1", "Framework", START, null),
                            new ContractSignedEvent(ID, ContractKind.CUSTOMER, "cus-1", START))
                    .when(new RenewContractCommand(ID, END))
                    .expectException(refusedWith(LegalErrors.CONTRACT_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void anExpiredContractCannotBeRenewedNorTerminated() {
            Object[] expired = {DRAFTED, SIGNED, ACTIVATED,
                    new ContractExpiredEvent(ID, ContractKind.SUPPLIER, "sup-7", END)};
            fixture.given(expired).when(new RenewContractCommand(ID, END.plusYears(1)))
                    .expectException(refusedWith(LegalErrors.CONTRACT_STATUS_CONFLICT));
            fixture.given(expired).when(new TerminateContractCommand(ID, END, "late"))
                    .expectException(refusedWith(LegalErrors.CONTRACT_STATUS_CONFLICT));
        }

        @Test
        void aTerminationNeedsAReasonAndADateWithinTheContract() {
            fixture.given(DRAFTED, SIGNED, ACTIVATED).when(new TerminateContractCommand(ID, START, " "))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(DRAFTED, SIGNED, ACTIVATED)
                    .when(new TerminateContractCommand(ID, END.plusDays(1), "too late"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void aTerminatedContractCannotBeTerminatedAgain() {
            fixture.given(DRAFTED, SIGNED, new ContractTerminatedEvent(ID, ContractKind.SUPPLIER, "sup-7", START,
                            "done"))
                    .when(new TerminateContractCommand(ID, START, "again"))
                    .expectException(refusedWith(LegalErrors.CONTRACT_STATUS_CONFLICT)).expectNoEvents();
        }
    }
}
