package dev.urakata.command.it;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssignAssetCommand;
import dev.urakata.shared.it.RegisterAssetCommand;
import dev.urakata.shared.it.RetireAssetCommand;
import dev.urakata.shared.it.ReturnAssetCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;


/** The IT asset register: register, assign, return, retire. Roles: IT, ADMIN. */
@JsonApi("/api/it/assets")
@PreAuthorize("hasAnyRole('IT', 'ADMIN')")
@Tag(name = "IT assets", description = "Register assets, hand them to employees, take them back, retire them. "
        + "Roles: IT, ADMIN.")
class AssetCommandController {

    private final Commands commands;

    AssetCommandController(Commands commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an asset", description = "201 with the new asset's id; 409 "
            + "DUPLICATE_SERIAL_NUMBER when another asset has the serial number.")
    ResponseEntity<ItCommandRequests.AssetIdResponse> register(@Valid @RequestBody ItCommandRequests.RegisterAsset request) {
        AssetId id = AssetId.newId();
        return commands.create(new RegisterAssetCommand(id, request.assetType(), request.serialNumber(),
                request.model()),
                "/api/it/assets/" + id, new ItCommandRequests.AssetIdResponse(id.value()));
    }

    @PostMapping(path = "/{assetId}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hand an available asset to an employee",
            description = "409 ASSET_ALREADY_ASSIGNED or ASSET_RETIRED; 422 UNKNOWN_EMPLOYEE when employeeId "
                    + "names no employee.")
    ResponseEntity<ItCommandRequests.AssetIdResponse> assignAsset(@PathVariable AssetId assetId, @Valid @RequestBody ItCommandRequests.AssignAsset request) {
        commands.requireReference(request.employeeId(), Kind.EMPLOYEE, "employeeId");
        return commands.send(new AssignAssetCommand(assetId, request.employeeId(), request.assignedOn()),
                new ItCommandRequests.AssetIdResponse(assetId.value()));
    }

    @PostMapping(path = "/{assetId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take an assigned asset back", description = "409 ASSET_NOT_ASSIGNED or ASSET_RETIRED.")
    ResponseEntity<ItCommandRequests.AssetIdResponse> giveBack(@PathVariable AssetId assetId,
                               @Valid @RequestBody ItCommandRequests.ReturnAsset request) {
        return commands.send(new ReturnAssetCommand(assetId, request.returnedOn(), request.condition()),
                new ItCommandRequests.AssetIdResponse(assetId.value()));
    }

    @PostMapping(path = "/{assetId}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take an asset out of service for good",
            description = "Only one nobody holds (409 ASSET_ALREADY_ASSIGNED).")
    ResponseEntity<ItCommandRequests.AssetIdResponse> retire(@PathVariable AssetId assetId, @Valid @RequestBody ItCommandRequests.RetireAsset request) {
        return commands.send(new RetireAssetCommand(assetId, request.retiredOn(), request.reason()),
                new ItCommandRequests.AssetIdResponse(assetId.value()));
    }
}
