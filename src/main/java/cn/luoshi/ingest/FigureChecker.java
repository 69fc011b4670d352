package cn.luoshi.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * Checks a speech's figures (数据事实) against figures held elsewhere — the review page of 讲话转台账 shows, beside
 * each figure, whether it agrees with the stored value. Modules that hold figures (经济指标) implement it; ingest
 * calls every implementation present and depends on none of them (the arrow points from them to ingest).
 */
public interface FigureChecker {

    /**
     * @param figures  the draft's figures, in order
     * @param issuedOn the speech's date: "去年", "上半年" are resolved against it
     * @return a verdict for each figure this checker recognises (by its index in {@code figures}); figures it does
     *         not know are left out
     */
    List<Verdict> check(List<DirectiveDraft.Figure> figures, LocalDate issuedOn);

    /** 核对结果. */
    enum Outcome {
        AGREES("一致"), DIFFERS("不一致"), NO_STORED_VALUE("库中无数据");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param index   the figure's index in the list checked
     * @param outcome agrees / differs / no stored value
     * @param words   what was compared, in Chinese ("库中：2025年前三季度固定资产投资增速低于全市平均1.6个百分点")
     * @param link    in-system link to the stored value (null when none)
     */
    record Verdict(int index, Outcome outcome, String words, String link) {
    }
}
