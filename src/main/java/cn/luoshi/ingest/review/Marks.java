package cn.luoshi.ingest.review;

import java.util.List;

/**
 * What the review page shows around the rows (原文标注): highlighted ranges of the normalised text, the figures,
 * the gaps and the engine's warnings. Kept from the draft because the contract JSON has no offsets.
 */
public record Marks(List<Mark> marks, List<String> figures, List<String> gaps, List<String> warnings) {

    /** A highlighted range: kind target | figure | unit | node (a node's start, for the row's 原文 link). */
    public record Mark(int start, int end, String kind, String tip) {
    }

    /** A piece of the source text for rendering: plain when {@code kind} is null; {@code anchor} marks a node start. */
    public record Segment(String text, String kind, String tip, Integer anchor) {
    }
}
