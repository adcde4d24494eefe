package id.rancang.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A single-line text (a title, a place, a name): no line breaks and no other control characters,
 * which would break the one-line places it ends up in (calendar entries, sheets, headers) or
 * smuggle lines into them. Leading and trailing white space is ignored, since it is stripped on
 * saving. Checked by bean validation where a command is validated so, and by {@link
 * SingleLineText} where a service checks a command as a whole.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "{" + SingleLineText.MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null and any text of one line without control characters. */
    class Validator implements ConstraintValidator<SingleLine, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return SingleLineText.accepts(value);
        }
    }
}
