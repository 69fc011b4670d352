package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Gap;

import java.util.List;

/** The normalised text (规范化文本) with what normalisation found: original script and gaps. */
record NormalisedText(String text, String script, List<Gap> gaps) {
    public NormalisedText {
        gaps = List.copyOf(gaps);
    }
}
