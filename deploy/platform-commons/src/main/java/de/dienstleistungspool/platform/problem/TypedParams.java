package de.dienstleistungspool.platform.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed query, path and header parameters (ids, numbers, dates, enums, booleans) and refuses text that is not
 * a value of the type with 400 naming the parameter ({@link InvalidParameter}); Jakarta REST would answer a failed
 * path or query conversion with 404, and read any text other than {@code true} as {@code false}.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(UUID.class, new Kind("an id (UUID)", UUID::fromString)),
            Map.entry(Integer.class, new Kind("a whole number", Integer::valueOf)),
            Map.entry(int.class, new Kind("a whole number", Integer::valueOf)),
            Map.entry(Long.class, new Kind("a whole number", Long::valueOf)),
            Map.entry(long.class, new Kind("a whole number", Long::valueOf)),
            Map.entry(BigDecimal.class, new Kind("a decimal number", BigDecimal::new)),
            Map.entry(LocalDate.class, new Kind("a date (YYYY-MM-DD)", LocalDate::parse)),
            Map.entry(Instant.class, new Kind("an ISO 8601 UTC instant, e.g. 2026-07-01T06:00:00Z", Instant::parse)),
            Map.entry(Boolean.class, new Kind("true or false", TypedParams::strictBoolean)),
            Map.entry(boolean.class, new Kind("true or false", TypedParams::strictBoolean)));

    /** What a value of the type looks like, for the message, and how text becomes one. */
    private record Kind(String expected, Function<String, Object> parse) {
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Kind kind = KINDS.get(rawType);
        if (kind == null && rawType.isEnum()) {
            kind = new Kind("one of " + Arrays.toString(rawType.getEnumConstants()), text -> Enum.valueOf((Class) rawType, text));
        }
        if (kind == null) {
            return null;
        }
        return (ParamConverter<T>) new Converter(kind, describe(annotations));
    }

    /** Converts one parameter's text, naming it when the text is not a value of its type. */
    private record Converter(Kind kind, String[] name) implements ParamConverter<Object> {
        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return kind.parse().apply(value.trim());
            } catch (RuntimeException e) {
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                throw new InvalidParameter(name[1], name[0] + " '" + name[1] + "' must be " + kind.expected() + ", not '" + shown + "'");
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private static Object strictBoolean(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(text);
    }

    /** {kind of parameter, name} from the parameter's annotation. */
    private static String[] describe(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return new String[] {"Query parameter", q.value()};
            } else if (a instanceof PathParam p) {
                return new String[] {"Path parameter", p.value()};
            } else if (a instanceof HeaderParam h) {
                return new String[] {"Header", h.value()};
            } else if (a instanceof FormParam f) {
                return new String[] {"Form field", f.value()};
            } else if (a instanceof CookieParam c) {
                return new String[] {"Cookie", c.value()};
            }
        }
        return new String[] {"Parameter", "?"};
    }
}
