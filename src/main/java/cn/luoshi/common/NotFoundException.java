package cn.luoshi.common;

/** A record that does not exist or lies outside the caller's scope; both answer 404 so scope does not leak. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " 不存在或无权查看");
    }
}
