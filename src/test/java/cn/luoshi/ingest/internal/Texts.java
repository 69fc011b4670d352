package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDraft.Node;
import cn.luoshi.ingest.DirectiveDraft.Target;

import java.time.LocalDate;
import java.util.List;

/** Runs single rules on short texts, the way the engine does after normalisation. */
final class Texts {

    static final LocalDate DATE = LocalDate.of(2023, 7, 31);

    private Texts() {}

    static Passage passage(String raw) {
        return new Passage(TextNormaliser.normalise(raw).text());
    }

    static List<Node> nodes(String raw) {
        return StructureParser.parse(passage(raw)).nodes();
    }

    static List<Target> targets(String raw) {
        return TargetExtractor.extract(passage(raw), offset -> null, offset -> false, offset -> false, DATE);
    }

    static List<Figure> figures(String raw) {
        Passage p = passage(raw);
        return FigureExtractor.extract(p, offset -> null, offset -> false, offset -> false,
                TargetExtractor.extract(p, offset -> null, offset -> false, offset -> false, DATE), "区");
    }
}
