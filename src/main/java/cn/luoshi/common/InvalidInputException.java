package cn.luoshi.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; answers 400 with the field-level messages. Nothing has been saved. */
public class InvalidInputException extends RuntimeException {

    private final List<Violations.Violation> violations;

    public InvalidInputException(List<Violations.Violation> violations) {
        super(violations.stream().map(Violations.Violation::message).collect(Collectors.joining("；")));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violations.Violation(field, message)));
    }

    public List<Violations.Violation> violations() {
        return violations;
    }
}
