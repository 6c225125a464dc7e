package de.dienstleistungspool.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What identifies a request to an {@link Idempotent} method: its HTTP method and path template, and the values of its
 * path, query and body parameters (not the key itself, nor {@code @Context} objects), hashed into a fingerprint.
 */
record RequestSignature(String operation, int keyIndex, int[] valueIndexes) {

    static RequestSignature of(Method method) {
        if (method.getReturnType() != Response.class) {
            throw new IllegalStateException("@Idempotent " + method + " must return a jakarta.ws.rs.core.Response");
        }
        int keyIndex = -1;
        List<Integer> values = new ArrayList<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            if (isKey(annotations[i])) {
                keyIndex = i;
            } else if (!isContext(annotations[i])) {
                values.add(i);
            }
        }
        if (keyIndex < 0) {
            throw new IllegalStateException("@Idempotent " + method + " must declare @HeaderParam(Idempotent.HEADER)");
        }
        return new RequestSignature(verb(method) + " " + path(method), keyIndex,
                values.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The key sent with the request, or null. */
    String key(Object[] arguments) {
        return (String) arguments[keyIndex];
    }

    /** SHA-256 over the operation and the JSON of the request's values, written by {@code json}. */
    String fingerprint(ObjectWriter json, Object[] arguments) {
        Object[] values = new Object[valueIndexes.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments[valueIndexes[i]];
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(json.writeValueAsBytes(values));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint a request to " + operation, e);
        }
    }

    private static boolean isKey(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof HeaderParam h && h.value().equalsIgnoreCase(Idempotent.HEADER)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContext(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Context) {
                return true;
            }
        }
        return false;
    }

    private static String verb(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        throw new IllegalStateException("@Idempotent " + method + " is not a resource method");
    }

    private static String path(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String tail = own == null ? "" : own.value().startsWith("/") ? own.value() : "/" + own.value();
        return (type == null ? "" : type.value()) + tail;
    }
}
