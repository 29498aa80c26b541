package dev.urakata.standalone;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module and package rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.urakata");
    }

    @Test
    void sharedEventsIsThePublishedLanguageAndDependsOnNoOtherModule() {
        rule(noClasses().that().resideInAPackage("dev.urakata.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.urakata.config..", "dev.urakata.command..",
                        "dev.urakata.query..", "dev.urakata.standalone.."));
    }

    @Test
    void sharedEventsUsesNeitherSpringNorMongo() {
        rule(noClasses().that().resideInAPackage("dev.urakata.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "de.bwaldvogel.."));
    }

    @Test
    void axonConfigKnowsNoSide() {
        rule(noClasses().that().resideInAPackage("dev.urakata.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.urakata.command..", "dev.urakata.query..",
                        "dev.urakata.standalone.."));
    }

    @Test
    void theCommandSideNeverImportsTheQuerySide() {
        rule(noClasses().that().resideInAPackage("dev.urakata.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.urakata.query..", "dev.urakata.standalone.."));
    }

    @Test
    void theQuerySideNeverImportsTheCommandSideSoNoAggregateIsReachable() {
        rule(noClasses().that().resideInAPackage("dev.urakata.query..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.urakata.command..", "dev.urakata.standalone.."));
        rule(noClasses().that().resideInAPackage("dev.urakata.query..")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class));
    }

    /** The web console reads through the query bus (one round trip per widget), never over HTTP to the API. */
    @Test
    void theConsoleReadsOverTheQueryBusNotOverHttp() {
        rule(noClasses().that().resideInAPackage("dev.urakata.query.console..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..",
                        "org.springframework.web.client..", "org.springframework.web.reactive.function.client.."));
    }

    @Test
    void standaloneHoldsNoDomainCode() {
        rule(classes().that().resideInAPackage("dev.urakata.standalone..")
                .should().haveSimpleNameEndingWith("Application"));
    }

    @Test
    void aggregatesLiveInTheirContextPackageOnTheCommandSide() {
        rule(classes().that().areAnnotatedWith(Aggregate.class)
                .should().resideInAnyPackage("dev.urakata.command.hr..", "dev.urakata.command.workforce..",
                        "dev.urakata.command.payroll..", "dev.urakata.command.finance..",
                        "dev.urakata.command.inventory..", "dev.urakata.command.purchasing..",
                        "dev.urakata.command.shipping..",
                        "dev.urakata.command.it..", "dev.urakata.command.legal..",
                        "dev.urakata.command.compliance..", "dev.urakata.command.audit..",
                        "dev.urakata.command.privacy..", "dev.urakata.command.processes..")
                .andShould().notBePublic());
    }

    /** Every aggregate stays loaded between commands (see AggregateLoadingConfiguration): one forgotten is silently slow. */
    @Test
    void everyAggregateUsesTheAggregateCache() {
        rule(classes().that().areAnnotatedWith(Aggregate.class)
                .should(new ArchCondition<>("use the aggregate cache") {
                    @Override
                    public void check(JavaClass aggregate, ConditionEvents events) {
                        String cache = aggregate.reflect().getAnnotation(Aggregate.class).cache();
                        if (!"aggregateCache".equals(cache)) {
                            events.add(SimpleConditionEvent.violated(aggregate, aggregate.getName()
                                    + " is not annotated @Aggregate(cache = \"aggregateCache\")"));
                        }
                    }
                }));
    }

    @Test
    void eventsAreRecordsWithARevision() {
        rule(classes().that().resideInAPackage("dev.urakata.shared..").and().haveSimpleNameEndingWith("Event")
                .should().beRecords()
                .andShould().beAnnotatedWith(org.axonframework.serialization.Revision.class));
    }

    /**
     * Crypto-shredding encrypts an event's erasable personal data with its data subject's key: an event with such
     * fields but no subject would store them readable for ever, so it must not exist.
     */
    @Test
    void everyEventWithErasablePersonalDataNamesItsDataSubject() {
        rule(classes().that().resideInAPackage("dev.urakata.shared..").and().haveSimpleNameEndingWith("Event")
                .should(new ArchCondition<>("name its data subject when it has erasable personal data") {
                    @Override
                    public void check(JavaClass event, ConditionEvents events) {
                        Class<?> type = event.reflect();
                        boolean erasable = Arrays.stream(type.getRecordComponents()).anyMatch(c ->
                                c.isAnnotationPresent(PersonalData.class)
                                        && c.getAnnotation(PersonalData.class).erasable());
                        if (erasable && !PersonalDataFields.of(type).any()) {
                            events.add(SimpleConditionEvent.violated(event, type.getName()
                                    + " has erasable @PersonalData but no @DataSubject"));
                        }
                    }
                }));
    }

    /** The published language has no package cycles: each context's messages can be read without the others'. */
    @Test
    void thePublishedLanguageHasNoCyclesBetweenContexts() {
        rule(slices().matching("dev.urakata.shared.(*)..").should().beFreeOfCycles());
    }

    /**
     * What one command-side context may use of another, and why; anything else goes through {@code shared-events}
     * messages, so that a context can be read, changed and tested on its own.
     */
    static final Map<String, String> COMMAND_SIDE_CROSSINGS = Map.of(
            "dev.urakata.command.workforce.WorkforceEmployees",
            "the command side's one view of who is employed when, fed by HR events; HR's sign-in and compliance's "
                    + "training assignments ask it rather than keep a second copy",
            "dev.urakata.command.hr.OwnRecords",
            "separation of duties: payroll refuses a payroll officer's change to their own pay with HR's rule of "
                    + "who is whom",
            "dev.urakata.command.finance.TaxRates",
            "purchase orders are taxed by the same dated rate table as invoices");

    @Test
    void commandSideContextsMeetOnlyThroughThePublishedLanguage() {
        rule(slices().matching("dev.urakata.command.(*)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "dev.urakata.command.web..", "dev.urakata.command.uniqueness.."))
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(crossings())));
    }

    private static Class<?>[] crossings() {
        return COMMAND_SIDE_CROSSINGS.keySet().stream().map(name -> {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("A listed crossing no longer exists: " + name, e);
            }
        }).toArray(Class<?>[]::new);
    }

    /**
     * Each context's error codes live in its own package of the published language, and no two contexts use one
     * name: a client branches on the name alone.
     */
    @Test
    void errorCodesAreEnumsOfTheirContextWithNamesUniqueAcrossContexts() {
        Map<String, String> owners = new java.util.TreeMap<>();
        java.util.List<String> clashes = new java.util.ArrayList<>();
        int enums = 0;
        for (JavaClass type : classes) {
            if (!type.isAssignableTo(ErrorCode.class) || !type.isEnum()) {
                continue;
            }
            enums++;
            org.assertj.core.api.Assertions.assertThat(type.getPackageName()).as(type.getName())
                    .matches("dev\\.urakata\\.shared\\.[a-z]+");
            for (Object code : type.reflect().getEnumConstants()) {
                String previous = owners.put(((ErrorCode) code).name(), type.getSimpleName());
                if (previous != null) {
                    clashes.add(((ErrorCode) code).name() + " in " + previous + " and " + type.getSimpleName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(enums).as("error code enums found").isGreaterThan(10);
        org.assertj.core.api.Assertions.assertThat(clashes).as("codes defined twice").isEmpty();
    }

    @Test
    void commandsAndQueriesAreRecords() {
        rule(classes().that().resideInAPackage("dev.urakata.shared..")
                .and().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Query")
                .should().beRecords());
    }

    /**
     * {@code MongoTemplate.exists} counts through an aggregation, which the embedded MongoDB-wire server answers by
     * reading every document of the collection: a lookup by {@code _id} asks {@code DocumentIds.exists} (a find).
     */
    @Test
    void nothingAsksMongoWhetherADocumentExistsByCounting() {
        rule(noClasses().should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("exists")).and(
                com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(
                                        org.springframework.data.mongodb.core.MongoOperations.class))))));
    }

    private static void rule(ArchRule rule) {
        rule.check(classes);
    }
}
