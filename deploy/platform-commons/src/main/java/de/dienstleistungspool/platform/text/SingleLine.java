package de.dienstleistungspool.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that may reach a mail header, a file name or a line-based format (an offer title in a subject, a name in
 * an iCal feed): no line breaks and no other control characters. A violation is answered 422 with the field named.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "must be a single line without control characters (no line breaks, tabs or other control codes)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
