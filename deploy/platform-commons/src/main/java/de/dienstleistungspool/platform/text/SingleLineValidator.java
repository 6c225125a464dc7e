package de.dienstleistungspool.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}: null passes (other constraints say whether a value is required). */
public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !ControlCharacters.containsAny(value);
    }
}
