package dev.urakata.command.purchasing;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.purchasing.RegisterSupplierCommand;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.SupplierRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of the Supplier aggregate, accepted and refused. */
class SupplierTest {

    static final SupplierId ID = new SupplierId("sup-1");

    private AggregateTestFixture<Supplier> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Supplier.class);
    }

    @Test
    void registersWithTrimmedNameAndEmail() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplierCommand(ID, " Kansai Steel ", " orders@kansai.example ", "JPY"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupplierRegisteredEvent(ID, "Kansai Steel", "orders@kansai.example", "JPY"));
    }

    @Test
    void refusesAMissingNameABadEmailAndAnUnknownCurrency() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplierCommand(ID, " ", "orders@kansai.example", "JPY"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplierCommand(ID, "Kansai Steel", "not an address", "JPY"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplierCommand(ID, "Kansai Steel", "orders@kansai.example", "YEN"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplierCommand(ID, "Kansai Steel", "orders@kansai.example", "XXX"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }
}
