package cn.luoshi.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** 来源: a speech, meeting record, document or leader's instruction that tasks come from. */
public record Directive(long id, String title, LocalDate issuedOn, String issuer, DirectiveLevel level,
        DirectiveKind kind, String body, int version, String createdBy, Instant createdAt) {

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("标题", title);
        m.put("日期", issuedOn);
        m.put("发文机关", issuer);
        m.put("层级", level.label());
        m.put("类型", kind.label());
        m.put("正文字数", body == null ? 0 : body.length());
        return m;
    }
}
