package cn.luoshi.bulletins;

import java.util.Objects;

/**
 * What a bulletin counts.
 *
 * @param kind        all work, one directive, or one tag
 * @param directiveId the directive, for {@link ScopeKind#DIRECTIVE}
 * @param tag         the tag, for {@link ScopeKind#TAG} (e.g. 民生实事)
 * @param label       in words: 全部工作, 《…》, 民生实事
 */
public record BulletinScope(ScopeKind kind, Long directiveId, String tag, String label) {

    public BulletinScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    public static BulletinScope all() {
        return new BulletinScope(ScopeKind.ALL, null, null, "全部工作");
    }
}
