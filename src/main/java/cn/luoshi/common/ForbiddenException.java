package cn.luoshi.common;

/** The caller may see the record but not make this change; answers 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
