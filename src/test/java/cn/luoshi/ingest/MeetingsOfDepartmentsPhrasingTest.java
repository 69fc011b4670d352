package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 22, after rounds 13–15 were read: parts of a year's work said after 其中 (实施“十大”重点水利工程建设，其中续建5项，
 * 新开工5项) each take the whole's name; a place won (获得了全市第一); and the speaker's first point opening after the
 * ； that ends what was said first (…放到项目建设上来；一要…。二要…).
 */
class MeetingsOfDepartmentsPhrasingTest {

    @Test
    void partsAfterQizhongTakeTheWholesName() {
        DirectiveDraft d = draft("2025年将实施“十大”重点水利工程建设，其中续建4项，新开工6项，完成水利投资1.2亿元。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.object()).containsExactly(
                tuple("4", "续建重点水利工程"), tuple("6", "新开工重点水利工程"), tuple("1.2", "完成水利投资"));
    }

    @Test
    void aPlaceWonIsARank() {
        DirectiveDraft d = draft("2024年，全县河长制工作获得了全市第一，移民后扶工作荣获全省优秀。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value()))
                .containsExactly(tuple("河长制工作", "rank", "1"));
    }

    @Test
    void theFirstPointAfterTheSemicolonThatEndsWhatWasSaidFirst() {
        DirectiveDraft d = draft("3月17日，某区召开重点项目调度会。常务副区长指出，各相关部门要进一步统一思想，把主要精力放到项目建设上来；"
                + "一要加强统筹协调，形成工作合力。各相关部门要密切配合。二要强化工作措施，加快项目推进。各相关部门要倒排工期。\n");
        assertThat(d.nodes()).extracting(n -> n.depth(), n -> n.marker()).containsExactly(tuple(1, "一要"), tuple(1, "二要"));
    }
}
