package dev.urakata.query.operations;

import dev.urakata.config.processing.MongoProjection;
import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a read store written by an older release up to the documents this release reads. When a read model's
 * stored form changes (a field's type, a new collection), its processor's format below goes up; at start, before
 * any processor runs, every processor whose recorded format is older is emptied and its tokens removed, so it
 * replays the event store from the beginning into the new form. The read store is disposable: this loses nothing,
 * and a query meanwhile sees a partial read model, never a document it cannot read.
 *
 * <p>A processor without tokens (a new store, or a read model new in this release) fills from the beginning anyway
 * and only has its format recorded. In distributed mode the first query-side instance to start does the upgrade;
 * start one first after an upgrade (docs/read-models.md).
 */
@Component
public class ReadModelFormats {

    /** Where each processor's format is recorded, one document per processor. */
    public static final String COLLECTION = "read_model_formats";
    static final String TOKENS = "axon_tracking_tokens";

    /**
     * The current format of each processor whose documents changed since the first release; a processor not listed
     * is at format 1. 2: money and quantities stored as decimals, instants as dates (#18); payslip
     * calculations mark what counts; invoices, budgets and customer
     * accounts keep their history in collections of their own; attendance and the labour violations store clock
     * times and when a violation was found as dates. 3: timesheets store their clock times as dates.
     */
    static final Map<String, Integer> CURRENT = Map.ofEntries(
            Map.entry("employee-directory", 2),
            Map.entry("finance-budgets", 2),
            Map.entry("finance-customers", 2),
            Map.entry("finance-expense-claims", 2),
            Map.entry("finance-invoices", 2),
            Map.entry("finance-receivables-aging", 2),
            Map.entry("general-ledger", 2),
            Map.entry("payroll-costs", 2),
            Map.entry("payroll-payslips", 2),
            Map.entry("payroll-register", 2),
            Map.entry("payroll-withholdings", 2),
            Map.entry("purchase-orders", 2),
            Map.entry("shipments", 2),
            Map.entry("stock-ledger", 2),
            Map.entry("stock-levels", 2),
            Map.entry("workforce-attendance", 2),
            Map.entry("workforce-labour-violations", 2),
            Map.entry("workforce-leave-balances", 2),
            Map.entry("workforce-leave-requests", 2),
            Map.entry("workforce-timesheets", 3));

    private static final Logger log = LoggerFactory.getLogger(ReadModelFormats.class);

    /**
     * Upgrades what needs it. Runs while the application context is built, which is before Axon starts the
     * processors (they start with the context's lifecycle, after every bean exists).
     */
    @Autowired
    public ReadModelFormats(MongoTemplate mongo, List<MongoProjection> projections) {
        this(mongo, projections, CURRENT);
    }

    ReadModelFormats(MongoTemplate mongo, List<MongoProjection> projections, Map<String, Integer> current) {
        Map<String, List<MongoProjection>> byProcessor = new TreeMap<>();
        for (MongoProjection projection : projections) {
            ProcessingGroup group = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(projection),
                    ProcessingGroup.class);
            if (group != null) {
                byProcessor.computeIfAbsent(group.value(), g -> new ArrayList<>()).add(projection);
            }
        }
        current.forEach((processor, format) -> {
            Document recorded = mongo.findById(processor, Document.class, COLLECTION);
            int was = recorded == null ? 1 : recorded.getInteger("format", 1);
            if (was >= format) {
                return;
            }
            Query tokens = Query.query(Criteria.where("processorName").is(processor));
            if (mongo.findOne(tokens, Document.class, TOKENS) != null) { // a find: exists() counts every token
                log.warn("Read model {} was stored in format {}, this release reads format {}: emptying it to replay"
                        + " every event into the new form", processor, was, format);
                byProcessor.getOrDefault(processor, List.of()).forEach(MongoProjection::reset);
                mongo.remove(tokens, TOKENS);
            }
            mongo.upsert(Query.query(Criteria.where("_id").is(processor)), new Update().set("format", format)
                    .set("since", new Date()), COLLECTION);
        });
    }
}
