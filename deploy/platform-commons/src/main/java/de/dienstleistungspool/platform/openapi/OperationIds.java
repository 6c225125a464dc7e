package de.dienstleistungspool.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives every operation a readable, stable {@code operationId} derived from its resource class and method, so a
 * generated client has methods like {@code bookingLifecycleConfirm} rather than {@code post12}.
 *
 * <p>SmallRye names each operation {@code <package>.<Class>_<method>} ({@code quarkus.smallrye-openapi.operation-id-strategy=
 * package-class-method}, set for every service in platform-commons' {@code microprofile-config.properties}, so that
 * {@link ProblemResponses}, which runs first, finds the method's code); this filter turns
 * {@code ...rest.BookingLifecycleResource_confirm} into {@code bookingLifecycleConfirm} and {@code ...rest.TokenResource_token}
 * into {@code token}. An id given in {@code @Operation(operationId = ...)} is kept as it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationIds implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        operation.setOperationId(readableId(operation.getOperationId()));
        return operation;
    }

    /** The readable id of an operation, whether this filter has already run on it or not. */
    static String readableId(String id) {
        if (id == null || id.indexOf('_') <= 0) {
            return id;
        }
        String type = id.substring(0, id.indexOf('_'));
        return readable(type.substring(type.lastIndexOf('.') + 1), id.substring(id.indexOf('_') + 1));
    }

    /** {@code BookingResource}, {@code history} to {@code bookingHistory}; a method already naming the noun stays. */
    static String readable(String className, String method) {
        String noun = className.endsWith("Resource") ? className.substring(0, className.length() - "Resource".length()) : className;
        if (noun.isEmpty() || method.toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) {
            return method;
        }
        return Character.toLowerCase(noun.charAt(0)) + noun.substring(1) + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
}
