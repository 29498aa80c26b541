package dev.urakata.query.readmodel;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeStatus;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A list query's optional parameters: what was left out filters nothing, what was given matches as stored. */
class FiltersTest {

    @Test
    void parametersLeftOutAddNothing() {
        Criteria criteria = new Filters().equal("status", null).within("day", null, null).criteria();

        assertThat(criteria.getCriteriaObject()).isEmpty();
    }

    @Test
    void givenParametersMatchInTheFormTheProjectionsStore() {
        Document filter = new Filters(Criteria.where("kind").is("SHIFT"))
                .equal("status", EmployeeStatus.ACTIVE)
                .equal("employeeId", new EmployeeId("emp-1"))
                .equal("day", LocalDate.of(2026, 12, 7))
                .equal("version", 3)
                .criteria().getCriteriaObject();

        assertThat(filter).containsEntry("kind", "SHIFT").containsEntry("status", "ACTIVE")
                .containsEntry("employeeId", "emp-1").containsEntry("day", "2026-12-07").containsEntry("version", 3);
    }

    @Test
    void aRangeTakesEitherBoundAlone() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        LocalDate last = LocalDate.of(2026, 12, 31);

        assertThat(new Filters().within("day", first, last).criteria().getCriteriaObject().get("day", Document.class))
                .containsEntry("$gte", "2026-12-01").containsEntry("$lte", "2026-12-31");
        assertThat(new Filters().within("day", first, null).criteria().getCriteriaObject().get("day", Document.class))
                .containsOnlyKeys("$gte");
        assertThat(new Filters().within("day", null, last).criteria().getCriteriaObject().get("day", Document.class))
                .containsOnlyKeys("$lte");
    }
}
