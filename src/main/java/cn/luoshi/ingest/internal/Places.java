package cn.luoshi.ingest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other places (外地): sentences about another city or country quoted as an example (深圳, 杭州…) are not about the
 * district. A place name followed by 办, 路, 市场… is a local name (郑州办, 广州市场), not another place. The place
 * must be what the sentence speaks of: the subject of a clause (杭州为创新产业…) or an example (如…齐聚深圳). Inside a
 * clause it is a partner, a brand or a scheme of the district's own work (深化同天津中医药大学合作, “技能洛阳”建设,
 * 学习浙江“千万工程”经验，全年建成秀美共富村5个 — county work reports, held-out set 5).
 */
final class Places {

    private static final Pattern PLACE = Pattern.compile(
            "(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南"
                    + "|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|深圳|广州|杭州|南京|苏州|无锡|成都|武汉|西安|郑州"
                    + "|长沙|合肥|青岛|宁波|厦门|济南|福州|沈阳|大连|哈尔滨|长春|昆明|南宁|贵阳|南昌|太原|石家庄|兰州|乌鲁木齐"
                    + "|呼和浩特|银川|西宁|拉萨|海口|佛山|东莞|温州|常州|南通|徐州|烟台|泉州|珠海|中山|惠州|嘉兴|绍兴|金华|扬州"
                    + "|洛阳|唐山|保定|美国|日本|德国|英国|法国|韩国|新加坡|欧洲|发达国家|国外)");
    private static final Pattern LOCAL_SUFFIX = Pattern.compile(
            "^(办|路|街|巷|社区|市场|广场|大道|桥|村|小区|大学|科技|集团|银行|商会|分校|站|东站|西站|南站|北站|港|湾|中路|南路|北路|东路|西路|新村|花园)");
    private static final Pattern SELF = Pattern.compile("我区|全区|本区|我县|全县|我市|全市|我们|区委|区政府|\\*\\*");

    private Places() {}

    /** Whether the sentence speaks of another place and not of the district itself. */
    static boolean aboutElsewhere(String sentence) {
        return aboutElsewhere(sentence, java.util.Set.of());
    }

    private static final Pattern OWN_BODY = Pattern.compile("[省市]?(?:第[一二三四五六七八九十]+届|人民政府|人民代表大会|人大|政府)");
    /** How far into a text its own place is named: the title and the news lead. */
    private static final int HOME_REACH = 160;

    /**
     * The places a text is about, named in its title or lead (今年河北预计…, 河北省第十三届人民代表大会…): a sentence about
     * them speaks of the text's own place, not of another one.
     */
    static java.util.Set<String> home(String text) {
        java.util.Set<String> home = new java.util.HashSet<>();
        int titleEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        Matcher m = PLACE.matcher(text).region(0, Math.min(text.length(), HOME_REACH));
        while (m.find()) {
            // in the title, or as the body a congress or a government is of (河北省第十三届…, 四川省人民政府)
            if (m.start() < titleEnd || OWN_BODY.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt()) {
                home.add(m.group(1));
            }
        }
        return home;
    }

    /** Whether the sentence speaks of another place than the district and the text's own {@code home}. */
    static boolean aboutElsewhere(String sentence, java.util.Set<String> home) {
        if (SELF.matcher(sentence).find()) {
            return false;
        }
        if (!mayNamePlace(sentence)) {
            return false;
        }
        Matcher m = PLACE.matcher(sentence);
        while (m.find()) {
            String rest = sentence.substring(m.end());
            if (!home.contains(m.group(1)) && !LOCAL_SUFFIX.matcher(rest).find() && !NAMES.matcher(rest).find()
                    && spokenOf(sentence, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** 河北名舍、乐天凤凰等5个市重点项目: a place opening a company's name in a list of names. */
    private static final Pattern NAMES = Pattern.compile("^[\\p{IsHan}]{1,6}[、等]");
    private static final Pattern EXAMPLE = Pattern.compile("(?:比如|例如|譬如|正如|就像|又如|如|像)");

    /** Whether the place at {@code at} opens its clause (its subject) or follows an example word (如…深圳). */
    private static boolean spokenOf(String sentence, int at) {
        int from = at;
        while (from > 0 && "，,；;：:。！？\n".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        String lead = sentence.substring(from, at).strip();
        return lead.isEmpty() || EXAMPLE.matcher(lead).lookingAt() && !lead.startsWith("如期");
    }

    private static final java.util.BitSet FIRST_CHARS = firstChars();

    private static java.util.BitSet firstChars() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        String alternation = PLACE.pattern().substring(1, PLACE.pattern().length() - 1);
        for (String name : alternation.split("\\|")) {
            set.set(name.charAt(0));
        }
        return set;
    }

    /** Cheap pre-check: most sentences hold no character a place name could start with. */
    private static boolean mayNamePlace(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (FIRST_CHARS.get(sentence.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Administrative level of the speaking government: 区, 县 or 市, by how it names itself. */
    static String ownLevel(String text) {
        String best = "区";
        int bestCount = -1;
        for (String level : new String[] {"区", "县", "市"}) {
            Matcher m = Pattern.compile("(全|我|本)" + level + "|" + level + "委|" + level + "政府").matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            if (count > bestCount) {
                best = level;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The level of government a text speaks for, for naming units (区住建局 vs 县住建局): 我区/本区 weigh most, then
     * 全区 and 区委/区政府; a district's text names the city above it (市委) often, so on a tie the lower level wins.
     */
    static String unitLevel(String text) {
        String best = "区";
        int bestScore = 0;
        for (String level : new String[] {"市", "区", "县"}) {
            int score = count(text, "(?:我|本)" + level) * 3 + count(text, "全" + level)
                    + count(text, "(?<![省市])" + level + "(?:委|政府|直)");
            if (level.equals("县")) {
                // 衡南县县城违法建设整治…: a county named in the title or the lead
                score += 2 * count(text.substring(0, Math.min(text.length(), HOME_REACH)), "\\p{IsHan}{2}县(?![城级域])");
            }
            if (score >= bestScore && score > 0) {
                best = level;
                bestScore = score;
            }
        }
        return best;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
