package dev.urakata.command.it;

import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetRegisteredEvent;
import dev.urakata.shared.it.AssetRetiredEvent;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.AssignAssetCommand;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.it.RegisterAssetCommand;
import dev.urakata.shared.it.RetireAssetCommand;
import dev.urakata.shared.it.ReturnAssetCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of the Asset aggregate, accepted and refused. */
class AssetTest {

    static final AssetId LAPTOP = new AssetId("asset-1");
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    private AggregateTestFixture<Asset> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Asset.class);
        fixture.registerInjectableResource(TestUniqueKeys.create());
    }


    static AssetRegisteredEvent registered() {
        return new AssetRegisteredEvent(LAPTOP, AssetType.LAPTOP, "SN-123", "ThinkPad X1");
    }

    static AssetAssignedEvent assigned() {
        return new AssetAssignedEvent(LAPTOP, AssetType.LAPTOP, AIKO, MAY_1);
    }

    @Test
    void registersAnAvailableAssetWithTrimmedValues() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAssetCommand(LAPTOP, AssetType.LAPTOP, " SN-123 ", " ThinkPad X1 "))
                .expectEvents(registered());
    }

    @Test
    void refusesASerialNumberAnotherAssetHasWhateverItsCase() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAssetCommand(LAPTOP, AssetType.LAPTOP, "SN-123", "ThinkPad X1"))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new RegisterAssetCommand(new AssetId("asset-2"), AssetType.PHONE, "sn-123", "Pixel"))
                .expectException(refusedWith(ItErrors.DUPLICATE_SERIAL_NUMBER))
                .expectNoEvents();
    }

    @Test
    void refusesBadRegistrationInput() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAssetCommand(LAPTOP, null, "SN-1", "x"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new RegisterAssetCommand(LAPTOP, AssetType.LAPTOP, "has space", "x"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new RegisterAssetCommand(LAPTOP, AssetType.LAPTOP, "SN-1", " "))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
    }

    @Test
    void assignsAnAvailableAsset() {
        fixture.given(registered())
                .when(new AssignAssetCommand(LAPTOP, AIKO, MAY_1))
                .expectEvents(assigned());
    }

    @Test
    void refusesToAssignAnAssetSomebodyHolds() {
        fixture.given(registered(), assigned())
                .when(new AssignAssetCommand(LAPTOP, KEN, MAY_1.plusDays(1)))
                .expectException(refusedWith(ItErrors.ASSET_ALREADY_ASSIGNED))
                .expectNoEvents();
    }

    @Test
    void returnsAnAssignedAssetNamingItsHolderAndMayAssignItAgain() {
        fixture.given(registered(), assigned())
                .when(new ReturnAssetCommand(LAPTOP, MAY_1.plusDays(30), "scratched lid"))
                .expectEvents(new AssetReturnedEvent(LAPTOP, AssetType.LAPTOP, AIKO, MAY_1.plusDays(30),
                        "scratched lid"));
        fixture.given(registered(), assigned(), new AssetReturnedEvent(LAPTOP, AssetType.LAPTOP, AIKO, MAY_1, null))
                .when(new AssignAssetCommand(LAPTOP, KEN, MAY_1.plusDays(2)))
                .expectEvents(new AssetAssignedEvent(LAPTOP, AssetType.LAPTOP, KEN, MAY_1.plusDays(2)));
    }

    @Test
    void refusesToReturnAnAssetNobodyHoldsOrBeforeItWasAssigned() {
        fixture.given(registered())
                .when(new ReturnAssetCommand(LAPTOP, MAY_1, null))
                .expectException(refusedWith(ItErrors.ASSET_NOT_ASSIGNED));
        fixture.given(registered(), assigned())
                .when(new ReturnAssetCommand(LAPTOP, MAY_1.minusDays(1), null))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
    }

    @Test
    void retiresAnAvailableAssetButNotOneSomebodyHolds() {
        fixture.given(registered())
                .when(new RetireAssetCommand(LAPTOP, MAY_1, "screen broken"))
                .expectEvents(new AssetRetiredEvent(LAPTOP, AssetType.LAPTOP, MAY_1, "screen broken"));
        fixture.given(registered(), assigned())
                .when(new RetireAssetCommand(LAPTOP, MAY_1, "screen broken"))
                .expectException(refusedWith(ItErrors.ASSET_ALREADY_ASSIGNED))
                .expectNoEvents();
        fixture.given(registered())
                .when(new RetireAssetCommand(LAPTOP, MAY_1, " "))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
    }

    @Test
    void aRetiredAssetAcceptsNothing() {
        AssetRetiredEvent retired = new AssetRetiredEvent(LAPTOP, AssetType.LAPTOP, MAY_1, "lost");
        fixture.given(registered(), retired)
                .when(new AssignAssetCommand(LAPTOP, AIKO, MAY_1))
                .expectException(refusedWith(ItErrors.ASSET_RETIRED));
        fixture.given(registered(), retired)
                .when(new ReturnAssetCommand(LAPTOP, MAY_1, null))
                .expectException(refusedWith(ItErrors.ASSET_RETIRED));
        fixture.given(registered(), retired)
                .when(new RetireAssetCommand(LAPTOP, MAY_1, "again"))
                .expectException(refusedWith(ItErrors.ASSET_RETIRED));
    }
}
