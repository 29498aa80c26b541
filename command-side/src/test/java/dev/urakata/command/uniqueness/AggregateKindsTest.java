package dev.urakata.command.uniqueness;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.purchasing.PurchasingErrors;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateKindsTest {

    private final AggregateKinds kinds = new AggregateKinds(
            id -> Optional.ofNullable(Map.of("emp-1", "Employee", "sup-1", "Supplier", "COC", "CompliancePolicy",
                    "Sales-2026-04", "Budget").get(id)),
            "MORNING"::equals);

    @Test
    void aReferenceMustNameAnAggregateOfItsKind() {
        assertThatCode(() -> kinds.requireReference("sup-1", Kind.SUPPLIER, "supplierId")).doesNotThrowAnyException();
        assertRefused(() -> kinds.requireReference("emp-1", Kind.SUPPLIER, "supplierId"),
                PurchasingErrors.UNKNOWN_SUPPLIER);
        assertRefused(() -> kinds.requireReference("nothing", Kind.STOCK_ITEM, "itemId"),
                InventoryErrors.UNKNOWN_STOCK_ITEM);
        assertRefused(() -> kinds.requireReferences(List.of("sup-1", "emp-1"), Kind.SUPPLIER, "supplierId"),
                PurchasingErrors.UNKNOWN_SUPPLIER);
        assertRefused(() -> kinds.requireReference(null, Kind.EMPLOYEE, "employeeId"), HrErrors.UNKNOWN_EMPLOYEE);
    }

    @Test
    void aPathIdOfAnotherKindIsNotFound() {
        assertThatCode(() -> kinds.requireExisting("emp-1", Kind.EMPLOYEE)).doesNotThrowAnyException();
        assertRefused(() -> kinds.requireExisting("sup-1", Kind.EMPLOYEE), CommonErrors.NOT_FOUND);
    }

    @Test
    void aNewIdMustNotBeAnotherRecordsNorAShiftsNorShapedLikeOneTheSystemDerives() {
        assertRefused(() -> kinds.requireUnused("emp-1", Kind.SHIFT_ATTENDANCE), CommonErrors.ID_IN_USE);
        assertRefused(() -> kinds.requireUnused("MORNING", Kind.COMPLIANCE_POLICY), CommonErrors.ID_IN_USE);
        for (String derived : List.of("2026-04", "Floor-2026-04", "leave-x", "payroll-emp-1", "labour-rules",
                "ts-emp-1-2026-04", "sign-in-0a1b", "onboarding-emp-1")) {
            assertRefused(() -> kinds.requireUnused(derived, Kind.SHIFT_ATTENDANCE), CommonErrors.ID_IN_USE);
        }
        // an id already of the same kind is for the aggregate to judge; a free one passes
        assertThatCode(() -> kinds.requireUnused("COC", Kind.COMPLIANCE_POLICY)).doesNotThrowAnyException();
        assertThatCode(() -> kinds.requireUnused("MORNING", Kind.SHIFT_ATTENDANCE)).doesNotThrowAnyException();
        assertThatCode(() -> kinds.requireUnused("mon-1", Kind.SHIFT_ATTENDANCE)).doesNotThrowAnyException();
        // a budget's id always ends in its month: a department may be called payroll, not ts-<employee>
        assertThatCode(() -> kinds.requireUnused("payroll-2026-04", Kind.BUDGET)).doesNotThrowAnyException();
        assertRefused(() -> kinds.requireUnused("ts-emp-1-2026-04", Kind.BUDGET), CommonErrors.ID_IN_USE);
    }

    @Test
    void aDepartmentWhoseBudgetIdsWouldBeAnotherRecordsIsRefused() {
        // ts-<employee id>-<month> is that employee's timesheet: its budget actuals would land there
        assertRefused(() -> AggregateKinds.requireDepartment("ts-emp-1"), CommonErrors.INVALID_INPUT);
        assertRefused(() -> AggregateKinds.requireDepartment(" ts-x "), CommonErrors.INVALID_INPUT);
        for (String department : List.of("Operations", "payroll", "leave", "2026-04", "Sales-East", "ts", "TS-1",
                "営業部")) {
            assertThat(AggregateKinds.requireDepartment(department)).isEqualTo(department);
        }
    }

    @Test
    void everyTypeNamedIsAnAggregateOfTheCommandSide() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        Set<String> aggregates = scanner.findCandidateComponents("dev.urakata.command").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .collect(Collectors.toSet());
        assertThat(aggregates).hasSizeGreaterThan(20)
                .containsAll(Arrays.stream(Kind.values()).map(Kind::type).toList())
                .containsAll(AggregateKinds.derivedTypes());
    }

    private static void assertRefused(Runnable check, ErrorCode code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
