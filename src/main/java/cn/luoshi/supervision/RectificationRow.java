package cn.luoshi.supervision;

/** A 整改事项 with its light, for lists. */
public record RectificationRow(Rectification item, ItemLight light) {
}
