package dev.urakata.command.compliance;

import dev.urakata.command.web.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The JSON bodies of the compliance command endpoints, with the shape checks that come before any business rule. */
final class ComplianceCommandRequests {

    static final String CODE = "[A-Z0-9_]{1,40}";
    static final String CODE_MESSAGE = "must be an upper-case code such as CODE_OF_CONDUCT";

    private ComplianceCommandRequests() {
    }

    record AssignTraining(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String trainingCode,
                          @NotNull @PlausibleDate LocalDate dueDate) {
    }

    record CompleteTraining(@NotNull @PlausibleDate LocalDate completedOn) {
    }

    record RequestAcknowledgement(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String policyCode,
                                  @NotNull @Min(1) @Max(100000) Integer version,
                                  @NotNull @PlausibleDate LocalDate dueDate) {
    }

    record Acknowledge(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String policyCode,
                       @NotNull @Min(1) @Max(100000) Integer version) {
    }

    record PublishPolicyVersion(@NotBlank @Size(max = 200) String title,
                                @NotNull @Min(1) @Max(100000) Integer version,
                                boolean acknowledgementRequired) {
    }

    record IdentifyRisk(@NotBlank @Size(max = 200) String title,
                        @NotBlank @Pattern(regexp = "[A-Z_]{1,40}", message = "must be an upper-case code such as "
                                + "DATA_PROTECTION") String category,
                        @NotBlank @Size(max = 100) String owner) {
    }

    record AssessRisk(@NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact) {
    }

    record PlanMitigation(@NotBlank @Size(max = 2000) String plan, @NotNull @PlausibleDate LocalDate dueDate) {
    }

    record CloseRisk(@NotBlank @Size(max = 2000) String residualNote) {
    }

    /** The answer to training and acknowledgement commands. */
    record EmployeeItemResponse(String employeeId, String code) {
    }

    /** The answer to a policy version being published. */
    record PolicyResponse(String policyCode, int version) {
    }

    /** The answer to risk commands. */
    record RiskIdResponse(String riskId) {
    }
}
