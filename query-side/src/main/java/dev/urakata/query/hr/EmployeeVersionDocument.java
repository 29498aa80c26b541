package dev.urakata.query.hr;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A document of {@code hr_employee_directory_versions}: the directory's entry of one employee as it stood after one
 * of their events (without the histories), keyed {@code employeeId:sequence}. What the directory showed at a past
 * instant is the last version recorded by then.
 */
public record EmployeeVersionDocument(@Id String id, String employeeId, long sequence, Instant recordedAt,
                                      EmployeeDocument state) {
}
