package cn.luoshi.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDrafter;
import cn.luoshi.ingest.owners.DutyCatalogue;
import cn.luoshi.ingest.owners.OwnerSuggester;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * 牵头单位建议 measured on held-out sample speeches (src/test/resources/ingest/samples) against a reference written
 * by reading them (owners-reference.txt) before the rule was first run on them; the rule was not changed for them. The
 * organisation is an ordinary district's departments with the shipped keyword catalogue, no history, no leaders. Each
 * task or measure of the first review version is scored: a named unit right or wrong, a suggested unit right (the
 * reference's or an acceptable one) or wrong, no suggestion where a unit was expected (missed) or where none was
 * (right to abstain). Prints the table (target/heldout-owners.txt) and holds the figures measured then.
 */
class HeldOutOwnersTest {

    static final String[][] DISTRICT = {
            {"住建", "区住房和城乡建设局"}, {"发改", "区发展和改革委员会"}, {"财政", "区财政局"}, {"统计", "区统计局"},
            {"教育", "区教育局"}, {"卫健", "区卫生健康委员会"}, {"民政", "区民政局"}, {"人社", "区人力资源和社会保障局"},
            {"城管", "区城市管理局"}, {"生态环境", "区生态环境分局"}, {"市场监管", "区市场监督管理局"}, {"应急", "区应急管理局"},
            {"信访", "区信访局"}, {"商务", "区商务局"}, {"投资促进", "区投资促进局"}, {"文旅", "区文化旅游体育局"},
            {"农业农村", "区农业农村局"}, {"水务", "区水务局"}, {"交通", "区交通运输局"}, {"规划", "区自然资源和规划局"},
            {"科技", "区科学技术局"}, {"工信", "区工业和信息化局"}, {"宣传部", "区委宣传部"}, {"组织部", "区委组织部"},
            {"政法委", "区委政法委员会"}, {"司法", "区司法局"}, {"医保", "区医疗保障局"}, {"退役军人", "区退役军人事务局"},
            {"政务服务", "区政务服务和大数据管理局"}, {"审计", "区审计局"}};

    record Reference(String sample, String title, String lead, List<String> alternates) {
    }

    /** Outcome counts. */
    static final class Tally {
        int rows;
        int named;
        int namedRight;
        int suggested;
        int suggestedRight;
        int suggestedAlternate;
        int suggestedWrong;
        int missed;
        int abstainedRight;
        int unreferenced;
    }

    static List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < DISTRICT.length; i++) {
            out.add(new Unit(i + 1, UnitType.DEPARTMENT, null, DISTRICT[i][0], DISTRICT[i][1], i + 1));
        }
        return out;
    }

    static List<Reference> references(Path dir, String file) throws IOException {
        List<Reference> out = new ArrayList<>();
        for (String line : sample(dir, file).split("\\R")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("样本 |")) { // comments, a header line
                continue;
            }
            String[] p = (line + " ").split("\\|");
            out.add(new Reference(p[0].strip(), p[1].strip(), p[2].strip(), p[3].isBlank() ? List.of()
                    : Arrays.stream(p[3].strip().split("、")).map(String::strip).toList()));
        }
        return out;
    }

    /** A file of the samples: from {@code dir}, or from the project's samples when {@code dir} is null. */
    static String sample(Path dir, String name) throws IOException {
        return dir == null ? resource("/ingest/samples/" + name) : Files.readString(dir.resolve(name));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = HeldOutOwnersTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void suggestionsOnHeldOutSamplesScoreAsMeasured() throws IOException {
        Tally t = score(null, "owners-reference.txt", "heldout-owners.txt");
        // measured on 2026-11-22 (docs/benchmarks-ingest.md): 25 rows, 6 named (all right), 10 suggested (9 right,
        // 1 acceptable, none wrong), 5 missed, 4 rightly left without a suggestion; with weak evidence pre-selected
        // and marked 请核对 (decision 195, 2026-12-06): 12 suggested (11 right, 1 acceptable, none wrong), 3 missed
        assertThat(t.rows).isEqualTo(25);
        assertThat(t.namedRight).isEqualTo(t.named);
        assertThat(t.suggestedWrong).as("wrong suggestions").isZero();
        assertThat(t.suggestedRight + t.suggestedAlternate).as("right suggestions").isGreaterThanOrEqualTo(12);
        assertThat(t.missed).as("missed").isLessThanOrEqualTo(3);
    }

    /**
     * A second held-out set kept outside the project: eight public texts (news reports of district leaders' speeches,
     * a 任务分解 list, a 民生实事 list), third-party text that is not copied into the repository. Their reference was
     * written by a reviewer who saw the drafted structure but never a suggestion. {@code LUOSHI_HELDOUT_DIR=DIR} runs
     * it (bench/owners-heldout.sh); the figures are in docs/benchmarks-ingest.md.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "LUOSHI_HELDOUT_DIR", matches = ".+")
    void suggestionsOnSamplesKeptOutsideTheProject() throws IOException {
        Path dir = Path.of(System.getenv("LUOSHI_HELDOUT_DIR"));
        // the second set names its reference owners-reference-2.txt, later sets owners-reference.txt
        String reference = Files.exists(dir.resolve("owners-reference-2.txt")) ? "owners-reference-2.txt" : "owners-reference.txt";
        Tally t = score(dir, reference, "heldout-owners-2.txt");
        assertThat(t.rows).as("rows with a reference").isPositive();
    }

    /** Scores the first review version of every sample the reference names; writes the table to target/{@code out}. */
    static Tally score(Path dir, String referenceFile, String out) throws IOException {
        List<Unit> units = units();
        Map<Long, String> shortNames = new LinkedHashMap<>();
        units.forEach(u -> shortNames.put(u.id(), u.shortName()));
        DutyCatalogue catalogue = DutyCatalogue.standard();
        List<OwnerSuggester.Candidate> candidates = units.stream()
                .map(u -> new OwnerSuggester.Candidate(u.id(), u.fullName(), catalogue.keywordsFor(u.fullName(), u.shortName())))
                .toList();
        LocalDate date = LocalDate.of(2025, 3, 1);
        OwnerSuggester suggester = new OwnerSuggester(candidates, List.of(), List.of(), List.of(), date)
                .tentative(true); // as the application does (luoshi.ingest.owners.tentative)
        DirectiveDrafter drafter = DirectiveDrafter.create().withUnits(DraftReview.knownUnits(units));
        List<Reference> refs = references(dir, referenceFile);
        Tally t = new Tally();
        List<String> lines = new ArrayList<>();
        for (String sample : refs.stream().map(Reference::sample).distinct().toList()) {
            DirectiveDraft draft = drafter.draft(sample + ".txt", sample(dir, sample + ".txt"), date);
            ReviewForm form = DraftReview.firstVersion(draft, units, date);
            DraftReview.suggestOwners(form, suggester);
            for (ReviewRow r : form.rows) {
                Reference ref = refs.stream().filter(x -> x.sample().equals(sample) && r.title.startsWith(x.title()))
                        .findFirst().orElse(null);
                // the reference's rows (a clerk ticks in a leaf heading as a task) and the first version's tasks
                if (ref == null && !form.assignableNodes().contains(r.nodeId)) {
                    continue;
                }
                String got = r.leadUnitId == null ? "-" : shortNames.get(r.leadUnitId);
                String source = r.suggestion == null ? "-" : r.suggestion.source.label();
                String verdict;
                if (ref == null) {
                    t.unreferenced++;
                    verdict = "无参考";
                } else {
                    t.rows++;
                    boolean named = r.suggestion != null && !r.suggestion.source.suggested()
                            && r.suggestion.source != OwnerSource.NONE;
                    if (named) {
                        t.named++;
                        verdict = got.equals(ref.lead()) ? "点名正确" : "点名错误";
                        t.namedRight += got.equals(ref.lead()) ? 1 : 0;
                    } else if (r.leadUnitId != null) {
                        t.suggested++;
                        if (got.equals(ref.lead())) {
                            t.suggestedRight++;
                            verdict = "建议正确";
                        } else if (ref.alternates().contains(got)) {
                            t.suggestedAlternate++;
                            verdict = "建议可接受";
                        } else {
                            t.suggestedWrong++;
                            verdict = "建议错误";
                        }
                    } else if ("-".equals(ref.lead())) {
                        t.abstainedRight++;
                        verdict = "正确地未建议";
                    } else {
                        t.missed++;
                        verdict = "漏建议";
                    }
                }
                lines.add(String.join(" | ", sample, r.title, source, got, ref == null ? "?" : ref.lead(), verdict,
                        r.suggestion == null ? "" : String.join("；", r.suggestion.reasons)));
            }
        }
        lines.add(String.format("合计：有参考的任务和举措%d个（另有无参考%d个）；讲话点名%d个，正确%d个；建议%d个，正确%d个，"
                        + "可接受%d个，错误%d个；未建议%d个（该建议而未建议%d个，正确地未建议%d个）",
                t.rows, t.unreferenced, t.named, t.namedRight, t.suggested, t.suggestedRight, t.suggestedAlternate,
                t.suggestedWrong, t.missed + t.abstainedRight, t.missed, t.abstainedRight));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", out), lines);
        lines.forEach(System.out::println);
        return t;
    }
}
