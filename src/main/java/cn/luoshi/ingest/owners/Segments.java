package cn.luoshi.ingest.owners;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 分词 — a text cut into words by HanLP's standard segmenter (personal-name recognition off: it glues place names to
 * the next character, 东城片区 → 东城片/区). Nothing is added to HanLP's dictionary. Used to match duty keywords on whole
 * words (价格 is not in 性价比) and to compare task titles by their significant words.
 */
public final class Segments {

    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(false).enableOffset(true);

    /**
     * Generic words of the genre: verbs of doing (推进、加强), degrees (全面、持续), and nouns every task has (工作、体系);
     * they say nothing about who does the work.
     */
    static final Set<String> GENERIC = Set.copyOf(List.of(
            "推进", "推动", "加强", "加快", "提升", "强化", "完善", "深化", "持续", "全面", "工作", "建设", "发展", "坚持",
            "落实", "抓好", "做好", "着力", "打造", "实施", "开展", "提高", "促进", "优化", "大力", "积极", "进一步", "全力",
            "重点", "确保", "力争", "全区", "我区", "全市", "今年", "年度", "水平", "能力", "体系", "机制", "质量", "高质量",
            "工程", "行动", "项目", "服务", "管理", "问题", "任务", "目标", "成效", "有效", "扎实", "切实", "不断", "注重",
            "突出", "围绕", "聚焦", "立足", "加大", "力度", "主要", "重要", "各级", "部门", "单位", "深入", "创新", "改革",
            "新时代", "现代化", "一体化", "常态化", "长效化", "规范化", "主战场", "主抓手", "主力军", "主引擎", "新征程",
            "新动能", "新格局", "获得感", "幸福感", "安全感", "满意度", "责任", "责任制", "环境", "品质", "功能", "水平",
            "氛围", "作用", "基础", "保障", "支撑", "引领", "示范", "特色", "全力以赴", "高标准", "高水平", "升级", "实现",
            "形成", "构建", "健全", "统筹", "协调", "融合", "培育", "壮大", "激发", "活力", "动能", "优势", "短板",
            "弱项", "领域", "方面", "环节", "措施", "政策", "举措", "手段", "路径", "方式", "模式", "要求", "部署", "战略",
            "大局", "全局", "关键", "核心", "中心", "底线", "红线", "成果", "效益", "效率", "规模", "总量", "增速", "比重",
            "同志", "干部", "群众", "人民", "社会", "经济", "城市", "全面提升", "持续推进", "加快推进", "稳步推进"));

    private Segments() {
    }

    /** The words of {@code text} and where each starts and ends. */
    public record Words(String text, List<Term> terms, boolean[] boundary) {

        /**
         * Whether {@code keyword} occurs as whole words: up to three characters it must start and end where words
         * start and end (价格 is no hit in 性价比, 教育 is one in 教育/资源); four characters and more are specific
         * enough to be taken wherever they occur (社区卫生服务中心 in 社区/卫生/服务中心).
         */
        public boolean contains(String keyword) {
            if (keyword == null || keyword.isEmpty()) {
                return false;
            }
            if (keyword.length() >= 4) {
                return text.contains(keyword);
            }
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                if (boundary[at] && boundary[at + keyword.length()]) {
                    return true;
                }
            }
            return false;
        }
    }

    public static Words of(String text) {
        String t = text == null ? "" : text;
        List<Term> terms = SEGMENT.seg(t);
        boolean[] boundary = new boolean[t.length() + 1];
        boundary[0] = true;
        boundary[t.length()] = true;
        for (Term term : terms) {
            if (term.offset >= 0 && term.offset <= t.length()) {
                boundary[term.offset] = true;
                boundary[Math.min(t.length(), term.offset + term.word.length())] = true;
            }
        }
        return new Words(t, terms, boundary);
    }

    /** Nouns of talk that name no field of work (会议、方向、省市…): never learned as owner evidence. */
    static final Set<String> META = Set.copyOf(List.of("会议", "方向", "变化", "省市", "市里", "区里", "上级", "年底",
            "年初", "当前", "下一步", "同志们", "大家", "情况", "方法", "思路", "机遇", "利好", "精神", "意识", "作风",
            "事情", "事业", "地方", "时间", "过程", "阶段", "局面", "态势", "形势", "步伐", "节点", "一批", "全年"));

    /**
     * The words that name a field of work (采纳记录 learns only these): the {@link #significant} words that are nouns
     * (n, nz, vn, j, l, i — not place names, not verbs of doing), of two characters or more, not talk ({@link #META}).
     */
    public static Set<String> topical(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : of(text).terms()) {
            String w = t.word;
            String nature = t.nature == null ? "" : t.nature.toString();
            if (w.length() < 2 || GENERIC.contains(w) || META.contains(w)) {
                continue;
            }
            if ("n".equals(nature) || "nz".equals(nature) || "vn".equals(nature) || "nnt".equals(nature)
                    || nature.startsWith("j") || nature.startsWith("l") || "i".equals(nature) || "gi".equals(nature)
                    || "nf".equals(nature) || "nh".equals(nature) || "gm".equals(nature)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The words of a title that say what the work is about: content words (nouns, verbs, adjectives, idioms) of two
     * characters or more, without the genre's generic words ({@link #GENERIC}).
     */
    public static Set<String> significant(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : of(title).terms()) {
            String w = t.word;
            String nature = t.nature == null ? "" : t.nature.toString();
            if (w.length() < 2 || GENERIC.contains(w) || nature.isEmpty() || "nr".equals(nature)
                    || "nx".equals(nature) || "w".equals(nature)) {
                continue;
            }
            char k = nature.charAt(0);
            if (k == 'n' || k == 'v' || k == 'a' || k == 'b' || k == 'g' || k == 'i' || k == 'j' || k == 'l' || k == 's') {
                out.add(w);
            }
        }
        return out;
    }
}
