package cn.luoshi.supervision;

import java.util.List;

/** An inspection with its evidence files and whether the viewer may open 整改事项 from its findings. */
public record InspectionView(Inspection inspection, List<SupervisionAttachment> files, boolean canOpenRectification) {
}
