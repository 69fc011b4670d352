package cn.luoshi.common;

/** A stale edit (optimistic lock) or a move the record's state no longer allows; answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleEdit() {
        return new ConflictException("该记录已被他人修改，请刷新后重新编辑（您的修改未保存）");
    }
}
