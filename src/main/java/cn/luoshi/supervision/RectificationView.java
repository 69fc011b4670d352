package cn.luoshi.supervision;

import java.util.List;

/** A 整改事项 with its light, evidence files and the moves the viewer may make now. */
public record RectificationView(Rectification item, ItemLight light, List<SupervisionAttachment> files, Moves can) {

    /** What the viewer may do now; the service checks again on every request. */
    public record Moves(boolean start, boolean update, boolean submit, boolean sendBack, boolean close) {
    }
}
