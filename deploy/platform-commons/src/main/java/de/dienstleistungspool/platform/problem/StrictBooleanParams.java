package de.dienstleistungspool.platform.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Accepts only {@code true} and {@code false} for boolean query and path parameters; Jakarta REST would otherwise
 * read any other text as {@code false} and answer as if the caller had asked for it.
 */
@Provider
public class StrictBooleanParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null) {
                    return null;
                }
                if ("true".equalsIgnoreCase(value.trim())) {
                    return Boolean.TRUE;
                }
                if ("false".equalsIgnoreCase(value.trim())) {
                    return Boolean.FALSE;
                }
                throw new BadRequestException("A boolean parameter must be true or false, not '"
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
            }

            @Override
            public String toString(Boolean value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
