package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 全文检索的查询词 and 摘要与标亮, without a database. */
class SearchQueryTest {

    @Test
    void aQueryIsSplitAtSpacesIntoWordsThatMustAllOccur() {
        SearchQuery q = SearchQuery.parse("  住建　 道路改造  住建 ");
        assertThat(q.texts()).containsExactly("住建", "道路改造");
        assertThat(q.searchable()).isTrue();
        Map<String, Object> p = new HashMap<>();
        String sql = q.where("(t.title)", null, p);
        assertThat(sql).isEqualTo("true and ((t.title) ilike :sq0like and luoshi_bigrams((t.title)) @> "
                + "luoshi_bigrams(cast(:sq0 as text))) and ((t.title) ilike :sq1like and luoshi_bigrams((t.title)) @> "
                + "luoshi_bigrams(cast(:sq1 as text)))");
        assertThat(p).containsEntry("sq0", "住建").containsEntry("sq0like", "%住建%").containsEntry("sq1like", "%道路改造%");
    }

    @Test
    void aOneCharacterQueryIsRefusedWithAReasonButASingleCharacterBesideAWordFilters() {
        assertThat(SearchQuery.parse("路").problem()).startsWith("请至少输入两个字");
        assertThat(SearchQuery.parse("路 桥").problem()).startsWith("请至少输入两个字");
        assertThat(SearchQuery.parse("   ").problem()).isEqualTo("请输入要查找的词语。");
        assertThatThrownBy(() -> SearchQuery.parse("路").where("x", null, new HashMap<>()))
                .isInstanceOf(IllegalStateException.class);
        SearchQuery mixed = SearchQuery.parse("道路 东");
        assertThat(mixed.searchable()).isTrue();
        Map<String, Object> p = new HashMap<>();
        assertThat(mixed.where("x", null, p)).endsWith(" and (x ilike :sq1like)");
        assertThat(p).doesNotContainKey("sq1");
    }

    @Test
    void aWordThatNamesUnitsAlsoFindsTheirRowsAndLikeWildcardsAreLiteral() {
        SearchQuery q = SearchQuery.parse("住建 50%_").withUnits(w -> w.equals("住建") ? List.of(3L, 7L) : List.of());
        Map<String, Object> p = new HashMap<>();
        String sql = q.where("x", units -> "u = any(" + units + ")", p);
        assertThat(sql).contains("(u = any(:sq0units) or (x ilike").doesNotContain(":sq1units");
        assertThat((Long[]) p.get("sq0units")).containsExactly(3L, 7L);
        assertThat(p).containsEntry("sq1like", "%50\\%\\_%");
    }

    @Test
    void atMostFiveWordsOfFortyCharactersAreUsed() {
        SearchQuery q = SearchQuery.parse("一一 二二 三三 四四 五五 六六 " + "长".repeat(60));
        assertThat(q.texts()).hasSize(SearchQuery.MAX_WORDS).doesNotContain("六六");
        assertThat(SearchQuery.parse("长".repeat(60)).texts().get(0)).hasSize(SearchQuery.MAX_WORD_LENGTH);
    }

    @Test
    void theSnippetIsCutAroundTheFirstWordWithEveryOccurrenceMarked() {
        String text = "一".repeat(100) + "推进道路改造，道路" + "二".repeat(100);
        List<Snippet.Part> parts = Snippet.around(text, List.of("道路"), 30);
        assertThat(parts.get(0)).isEqualTo(new Snippet.Part("…", false));
        assertThat(parts.get(parts.size() - 1)).isEqualTo(new Snippet.Part("…", false));
        assertThat(parts).filteredOn(Snippet.Part::marked).extracting(Snippet.Part::text)
                .containsExactly("道路", "道路");
        String shown = parts.stream().map(Snippet.Part::text).reduce("", String::concat);
        assertThat(shown.replace("…", "")).hasSize(30).contains("推进道路改造");
    }

    @Test
    void markingIgnoresCaseAndATextWithoutTheWordShowsItsBeginning() {
        assertThat(Snippet.mark("PM2.5浓度下降", List.of("pm2.5"))).containsExactly(
                new Snippet.Part("PM2.5", true), new Snippet.Part("浓度下降", false));
        assertThat(Snippet.around("本月完成管网铺设", List.of("住建"), 4)).containsExactly(
                new Snippet.Part("本月完成", false), new Snippet.Part("…", false));
        assertThat(Snippet.around(null, List.of("住建"), 4)).isEmpty();
    }

    @Test
    void countsStopAtTheCap() {
        assertThat(SearchHits.of(List.of(), 1001).countText()).isEqualTo("1000+");
        assertThat(SearchHits.of(List.of(), 1000).countText()).isEqualTo("1000");
        assertThat(SearchHits.cappedCount("select 1 from t")).isEqualTo(
                "select count(*) from (select 1 from t limit 1001) capped");
    }
}
