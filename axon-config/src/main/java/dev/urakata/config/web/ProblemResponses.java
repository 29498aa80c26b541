package dev.urakata.config.web;

import dev.urakata.shared.audit.AuditErrors;
import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.legal.LegalErrors;
import dev.urakata.shared.operations.OperationsErrors;
import dev.urakata.shared.payroll.PayrollErrors;
import dev.urakata.shared.privacy.PrivacyErrors;
import dev.urakata.shared.purchasing.PurchasingErrors;
import dev.urakata.shared.shipping.ShippingErrors;
import dev.urakata.shared.workforce.WorkforceErrors;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Documents the refusals of every operation of the API as RFC 9457 problem documents: the {@value #PROBLEM} schema
 * once, and under each operation one response per status it can answer with, whose {@code code} is an enum of the
 * codes behind that status. Which codes an operation can raise is read from where it lives: every operation can be
 * refused for its input, its credentials, its roles or the load; one that names something by path can find
 * nothing; a command (any method but GET) can meet a conflict, a business rule, a body too large or of the wrong type,
 * with the codes its context defines ({@code /api/hr/…}: {@link HrErrors}) beside the common ones.
 */
final class ProblemResponses implements OpenApiCustomizer {

    /** The name of the problem schema among the document's components. */
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String FIELD_ERROR = "FieldError";

    /** The codes each context defines, by the first segment of its paths after {@code /api/}. */
    private static final Map<String, List<ErrorCode>> CONTEXT_CODES = Map.ofEntries(
            Map.entry("hr", codes(HrErrors.values())),
            Map.entry("processes", codes(HrErrors.values())),
            Map.entry("security", codes(HrErrors.values())),
            Map.entry("me", Stream.concat(codes(HrErrors.values()).stream(), codes(WorkforceErrors.values()).stream())
                    .toList()),
            Map.entry("workforce", codes(WorkforceErrors.values())),
            Map.entry("payroll", codes(PayrollErrors.values())),
            Map.entry("finance", codes(FinanceErrors.values())),
            Map.entry("inventory", codes(InventoryErrors.values())),
            Map.entry("purchasing", codes(PurchasingErrors.values())),
            Map.entry("shipping", codes(ShippingErrors.values())),
            Map.entry("it", codes(ItErrors.values())),
            Map.entry("legal", codes(LegalErrors.values())),
            Map.entry("compliance", codes(ComplianceErrors.values())),
            Map.entry("audit", codes(AuditErrors.values())),
            Map.entry("privacy", codes(PrivacyErrors.values())),
            Map.entry("operations", codes(OperationsErrors.values())));

    /**
     * What refuses any request: its input, its credentials, its roles, the load. (A 500 is a bug, never an answer
     * the contract promises.)
     */
    private static final Set<Refusal> ANY = EnumSet.of(Refusal.BAD_INPUT, Refusal.UNAUTHENTICATED, Refusal.FORBIDDEN,
            Refusal.UNAVAILABLE);
    /** What else refuses a command. */
    private static final Set<Refusal> COMMAND = EnumSet.of(Refusal.CONFLICT, Refusal.RULE_VIOLATED,
            Refusal.BODY_TOO_LARGE, Refusal.UNSUPPORTED_MEDIA_TYPE);

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(openApi, path, method, operation)));
    }

    /**
     * Adds a response per status the operation can be refused with. The codes of a status depend only on the context
     * (a status is one kind of refusal), so each context's problem for a status is one schema among the components,
     * {@code Problem<Context><status>} (for example {@code ProblemHr409}), that every operation of the context refers to.
     */
    private static void document(OpenAPI openApi, String path, PathItem.HttpMethod method, Operation operation) {
        boolean command = method != PathItem.HttpMethod.GET;
        boolean addressed = path.contains("{");
        String context = contextOf(path);
        Map<Integer, Set<String>> codesByStatus = new TreeMap<>();
        for (ErrorCode code : possibleCodes(context)) {
            Refusal refusal = code.refusal();
            boolean applies = ANY.contains(refusal) || (command && COMMAND.contains(refusal))
                    || (addressed && refusal == Refusal.NOT_FOUND);
            if (applies) {
                codesByStatus.computeIfAbsent(Problems.statusOf(code), status -> new LinkedHashSet<>())
                        .add(code.name());
            }
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        codesByStatus.forEach((status, codes) -> {
            String schema = PROBLEM + capitalized(context) + status;
            openApi.getComponents().addSchemas(schema, new Schema<>().description(description(status))
                    .allOf(List.of(new Schema<>().$ref("#/components/schemas/" + PROBLEM),
                            new ObjectSchema().addProperty(Problems.CODE,
                                    new StringSchema()._enum(new ArrayList<>(codes))))));
            ApiResponse response = new ApiResponse().description(description(status))
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
            if (status == 401) {
                response.addHeaderObject("WWW-Authenticate", new Header().required(true)
                        .description("the schemes to sign in with: Basic, and Bearer where tokens are configured")
                        .schema(new StringSchema()));
            }
            responses.addApiResponse(String.valueOf(status), response);
        });
        operation.setResponses(responses);
    }

    /** The first segment after {@code /api/}, if it names a context with codes of its own, else empty. */
    private static String contextOf(String path) {
        String[] segments = path.split("/");
        String context = segments.length > 2 && segments[1].equals("api") ? segments[2] : "";
        return CONTEXT_CODES.containsKey(context) ? context : "";
    }

    /**
     * The common codes, the context's, and two kinds that cross contexts: no one acts on their own record (every
     * context's commands apply it), and a command that names another context's thing by id is refused with that
     * context's {@code UNKNOWN_…} code when it names nothing (a shipment's warehouse, a contract's counterparty).
     */
    private static List<ErrorCode> possibleCodes(String context) {
        List<ErrorCode> codes = new ArrayList<>(codes(CommonErrors.values()));
        codes.add(HrErrors.OWN_RECORD);
        new TreeMap<>(CONTEXT_CODES).values().stream().flatMap(List::stream) // in a fixed order: Map.of has none
                .filter(code -> code.name().startsWith("UNKNOWN_") && code.refusal() == Refusal.RULE_VIOLATED)
                .forEach(codes::add);
        codes.addAll(CONTEXT_CODES.getOrDefault(context, List.of()));
        return codes.stream().distinct().toList();
    }

    private static String capitalized(String context) {
        return context.isEmpty() ? "" : Character.toUpperCase(context.charAt(0)) + context.substring(1);
    }

    private static String description(int status) {
        return switch (status) {
            case 400 -> "Bad input: a field is missing, malformed or out of range (each named in `errors`)";
            case 401 -> "No or wrong credentials";
            case 403 -> "The caller's roles do not allow this";
            case 404 -> "Nothing recorded under the id in the path";
            case 409 -> "The state of what is addressed does not allow it now (retry after re-reading)";
            case 413 -> "The body is larger than the server accepts";
            case 415 -> "The body is not JSON";
            case 422 -> "A business rule refuses it";
            case 503 -> "Overloaded for a moment: try again after Retry-After";
            default -> "Refused";
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Clients branch on `code`, never on `detail`.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("`about:blank`: the status says what kind of problem it is"))
                .addProperty("title", new StringSchema().description("the status's name"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what was wrong, for a person"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("the path of the request"))
                .addProperty(Problems.CODE, new StringSchema().description("the stable error code"))
                .addProperty("errors", new ArraySchema().description("bad input: each field refused and why")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)))
                .required(List.of("status", "title", Problems.CODE));
    }

    /** One refused field of a bad input, named so that a generated client has a class called what it is. */
    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field's path in the request"))
                .addProperty("message", new StringSchema().description("why it was refused"))
                .required(List.of("field", "message"));
    }

    /** An enum's codes as the interface type, so that contexts' lists mix. */
    private static List<ErrorCode> codes(ErrorCode[] codes) {
        return List.of(codes);
    }
}
