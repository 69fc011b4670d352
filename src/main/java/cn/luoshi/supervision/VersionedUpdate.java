package cn.luoshi.supervision;

import cn.luoshi.common.ConflictException;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An update of one supervision row at the version the user saw; a stale version is a 409, never a silent overwrite. */
final class VersionedUpdate {

    private VersionedUpdate() {
    }

    static void apply(JdbcClient jdbc, String table, long id, int version, String set, Map<String, Object> params) {
        int n = jdbc.sql("update " + table + " set " + set + ", version = version + 1, updated_at = luoshi_now() "
                        + "where id = :id and version = :version")
                .params(params).param("id", id).param("version", version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
    }
}
