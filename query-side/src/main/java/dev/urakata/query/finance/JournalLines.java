package dev.urakata.query.finance;

import dev.urakata.query.readmodel.DocumentIds;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The posted journal lines, one document per line in {@value #COLLECTION}: written by the ledger projection, read in
 * posting order by it and by the reports. Made by each from its own {@code MongoTemplate}, never shared as a bean: a
 * blue-green rebuild gives the ledger projection a template of its new version, and a shared one would write to the
 * live collection.
 */
final class JournalLines {

    static final String COLLECTION = "finance_journal_lines";

    private final MongoTemplate mongo;

    JournalLines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Whether the entry of this event was posted already (a redelivery then posts nothing): looked up by the
     * {@code _id} of its first line, as the embedded server has no index on {@code entryId} and scanned every line
     * for every event (the ledger fell 14,000 events behind a holiday peak, at 24 events a second).
     */
    boolean posted(String entryId) {
        return DocumentIds.exists(mongo, COLLECTION, lineId(entryId, 0));
    }

    /** The {@code _id} of line {@code number} (counted from 0 over the lines saved) of an entry. */
    static String lineId(String entryId, int number) {
        return entryId + ":" + number;
    }

    /** Saves one line; its {@code _id} is the entry's id and the line's number, so saving it again changes nothing. */
    void save(JournalLineDocument line) {
        mongo.save(line, COLLECTION);
    }

    /**
     * Hands every line to {@code action} in posting order, filtered by whichever of the arguments is not
     * {@code null}: the account, the posting dates (inclusive), recorded at or before {@code asOf}, the currency.
     */
    void forEach(String account, LocalDate from, LocalDate to, Instant asOf, String currency,
                 Consumer<JournalLineDocument> action) {
        Criteria criteria = new Criteria();
        if (account != null) {
            criteria.and("account").is(account);
        }
        if (currency != null) {
            criteria.and("amount.currency").is(currency);
        }
        if (from != null && to != null) {
            criteria.and("postingDate").gte(from).lte(to);
        } else if (from != null) {
            criteria.and("postingDate").gte(from);
        } else if (to != null) {
            criteria.and("postingDate").lte(to);
        }
        if (asOf != null) {
            criteria.and("recordedAt").lte(Date.from(asOf));
        }
        mongo.find(Query.query(criteria).with(Sort.by("postingDate", "recordedAt", "entryId", "line")),
                JournalLineDocument.class, COLLECTION).forEach(action);
    }

    /** Debits minus credits per account@currency over the posting dates. */
    Map<String, BigDecimal> balances(LocalDate from, LocalDate to, Instant asOf) {
        Map<String, BigDecimal> balances = new TreeMap<>();
        forEach(null, from, to, asOf, null, line -> balances.merge(key(line), line.amount().amount(),
                BigDecimal::add));
        return balances;
    }

    /** The account@currency key of a line. */
    static String key(JournalLineDocument line) {
        return line.account() + "@" + line.amount().currency();
    }
}
