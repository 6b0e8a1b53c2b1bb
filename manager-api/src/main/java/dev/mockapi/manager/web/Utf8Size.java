package dev.mockapi.manager.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The text has at most {@code max} bytes in UTF-8 (null is valid). */
@Documented
@Constraint(validatedBy = Utf8SizeValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Utf8Size {

  int max();

  String message() default "must be at most {max} bytes in UTF-8";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
