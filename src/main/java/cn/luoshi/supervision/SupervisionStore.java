package cn.luoshi.supervision;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.EvidenceType;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the supervision services share: evidence files, names of units and people, the scope parameter. */
@Component
class SupervisionStore {

    /** A unit user sees rows of its own unit; {@code :scopeUnit} is null for users who see everything. */
    static String scope(String unitColumn) {
        return "(cast(:scopeUnit as bigint) is null or " + unitColumn + " = :scopeUnit)";
    }

    static Long scopeUnit(CurrentUser me) {
        return me.seesEverything() ? null : me.unitId();
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    SupervisionStore(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    String unitName(Long id) {
        return id == null ? null : org.unit(id).map(Unit::shortName).orElse(null);
    }

    String unitFullName(Long id) {
        return id == null ? null : org.unit(id).map(Unit::fullName).orElse(null);
    }

    String personName(Long id) {
        return id == null ? null : org.person(id).map(Person::name).orElse(null);
    }

    /** Stores the files (already checked by the rules) under one owner column. */
    List<String> storeFiles(String ownerColumn, long ownerId, List<EvidenceFile> files, CurrentUser me) {
        return SupervisionRules.present(files).stream().map(f -> {
            EvidenceType type = EvidenceType.byName(f.name()).orElseThrow();
            jdbc.sql("insert into supervision_attachment (" + ownerColumn + ", original_name, content_type, "
                    + "size_bytes, sha256, content, uploaded_by) values (:owner, :name, :type, :size, :sha, :content, :by)")
                    .param("owner", ownerId).param("name", f.name()).param("type", type.contentType())
                    .param("size", f.size()).param("sha", sha256(f.content())).param("content", f.content())
                    .param("by", me.auditName()).update();
            return f.name();
        }).toList();
    }

    List<SupervisionAttachment> files(String ownerColumn, long ownerId) {
        return jdbc.sql("select id, original_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at "
                + "from supervision_attachment where " + ownerColumn + " = ? order by id").param(ownerId)
                .query((rs, i) -> attachment(rs)).list();
    }

    /** The file if it belongs to this owner; the caller has checked that the owner is visible. */
    AttachmentContent file(String ownerColumn, long ownerId, long attachmentId) {
        return jdbc.sql("select * from supervision_attachment where id = ? and " + ownerColumn + " = ?")
                .params(attachmentId, ownerId)
                .query((rs, i) -> new AttachmentContent(attachment(rs), rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("附件", attachmentId));
    }

    /** The version the move starts from: the submitted one (stale → 409), or the stored one when none was sent. */
    static int version(Integer submitted, int stored) {
        if (submitted != null && submitted != stored) {
            throw ConflictException.staleEdit();
        }
        return stored;
    }

    private static SupervisionAttachment attachment(ResultSet rs) throws SQLException {
        return new SupervisionAttachment(rs.getLong("id"), rs.getString("original_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
