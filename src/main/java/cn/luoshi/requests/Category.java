package cn.luoshi.requests;

/** 诉求分类 with its Open311 mapping; {@code attributesJson} is the Open311 attribute list. */
public record Category(long id, Long parentId, String code, String name, String description, String open311Code,
        String open311Group, String keywords, String attributesJson, Long defaultUnitId, boolean active) {
}
