package dev.urakata.command.payroll;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.payroll.AdoptPayPolicyCommand;
import dev.urakata.shared.payroll.PayPolicyId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Adopts the sample pay policy shipped as data ({@code payroll/sample-pay-policy.json}) under the id
 * {@code sample} on first start, as an ordinary command by the user {@code system}, so it is in the audit trail
 * like any other policy. Later starts find it adopted and leave it alone. Turn off with
 * {@code urakata.payroll.sample-policy=false}.
 */
@Component
@ConditionalOnProperty(name = "urakata.payroll.sample-policy", havingValue = "true", matchIfMissing = true)
class SamplePayPolicy implements ApplicationRunner {

    /** The id of the sample policy. */
    static final PayPolicyId ID = new PayPolicyId("sample");

    private static final Logger log = LoggerFactory.getLogger(SamplePayPolicy.class);

    private final CommandGateway commands;
    private final PayrollInputs inputs;
    private final ObjectMapper json;

    SamplePayPolicy(CommandGateway commands, PayrollInputs inputs, ObjectMapper json) {
        this.commands = commands;
        this.inputs = inputs;
        this.json = json;
    }

    /** The sample as shipped. */
    record Sample(String name, java.time.LocalDate effectiveFrom, dev.urakata.shared.payroll.PayPolicyRules rules) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (inputs.policyExists(ID)) {
            return;
        }
        Sample sample;
        try (InputStream in = new ClassPathResource("payroll/sample-pay-policy.json").getInputStream()) {
            sample = json.readValue(in, Sample.class);
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AdoptPayPolicyCommand(ID, sample.name(),
                    sample.effectiveFrom(), sample.rules()))
                    .andMetaData(MetaData.with(MetadataKeys.USER, MetadataKeys.SYSTEM_USER)));
            log.info("Adopted the sample pay policy '{}'", ID);
        } catch (RuntimeException alreadyAdopted) {
            // The view may not have caught up with an earlier adoption yet; the event store says no twice.
            log.info("Sample pay policy not adopted again: {}", alreadyAdopted.getMessage());
        }
    }
}
