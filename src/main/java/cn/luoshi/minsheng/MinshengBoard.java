package cn.luoshi.minsheng;

import java.util.List;

/**
 * The management page (民生实事发布): every tagged task with its public face, the publication the next publish would
 * make (preview), the latest publication if any, and the history, newest first.
 */
public record MinshengBoard(List<MinshengEntry> entries, Publication preview, Publication.Summary latest,
        List<Publication.Summary> history) {
}
