package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.bulletins.Bulletin;
import cn.luoshi.bulletins.BulletinContent;
import cn.luoshi.bulletins.BulletinForm;
import cn.luoshi.bulletins.BulletinService;
import cn.luoshi.bulletins.PeriodKind;
import cn.luoshi.bulletins.ScopeKind;
import cn.luoshi.common.Json;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 信访 sentences in a 通报 through the bulletins' extension point ({@code BulletinSections}): a 通报 of all work
 * for June carries "截至6月底，到国家局信访量2185件人次，同比上升364.89%…"; once published it keeps that text when later
 * (imported) cases change the figures, while a new draft states the new figures; a 通报 of one directive has no such
 * section.
 */
@LuoshiIntegrationTest
class PetitionBulletinTests {

    @Autowired
    BulletinService bulletins;

    @Autowired
    PetitionImport imports;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    CurrentUser as(String username) {
        UserAccount a = org.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
    }

    static BulletinContent.Section petitions(Bulletin b) {
        return b.content().sections().stream().filter(s -> s.key().equals("petitions")).findFirst().orElse(null);
    }

    @Test
    void aPublishedBulletinKeepsItsPetitionSentencesWhenTheFiguresChange() {
        LocalDate start = TestClock.startDate();
        int y = start.getMonthValue() >= 7 ? start.getYear() : start.getYear() - 1;
        CurrentUser office = as("duchashi");
        BulletinForm f = new BulletinForm();
        f.periodKind = PeriodKind.MONTH;
        f.month = YearMonth.of(y, 6).toString();
        Bulletin draft = bulletins.generate(f, office);
        BulletinContent.Section s = petitions(draft);
        assertThat(s).isNotNull();
        assertThat(s.title()).isEqualTo("信访工作情况");
        assertThat(s.paragraphs()).contains(
                "截至6月底，到国家局信访量2185件人次，同比上升364.89%，其中到国家局来信1738件次，同比上升2703.22%。");
        assertThat(s.paragraphs().get(2)).startsWith("1—6月，按期受理率");
        Bulletin published = bulletins.publish(draft.id(), draft.version(), office);
        assertThat(petitions(published)).isEqualTo(s);

        // later: a June letter to the national bureau turns up in an import of history
        LocalDate june = LocalDate.of(y, 6, 10);
        imports.importCases(List.of(new PetitionImport.Case("通报冻结测试", petitionsCategory(), null, null,
                new PetitionImport.Petitioner("冻结测试人", "990101197505050505", null, null), null, null, null, false,
                List.of(new PetitionImport.Visit(june, Channel.LETTER, Level.NATION, false, 1)))), as("xinfang"));

        Bulletin again = bulletins.get(published.id(), office);
        assertThat(petitions(again)).isEqualTo(s);
        String stored = jdbc.sql("select content::text from bulletin where id = ?").param(published.id())
                .query(String.class).single();
        assertThat(Json.read(stored, BulletinContent.class).sections()).containsExactly(s);
        Bulletin newDraft = bulletins.generate(f, office);
        assertThat(petitions(newDraft).paragraphs()).anySatisfy(p -> assertThat(p)
                .startsWith("截至6月底，到国家局信访量2186件人次").contains("其中到国家局来信1739件次"));

        // the demo's figures are the other tests' too (one shared context): the case goes again, its cells with it
        jdbc.sql("delete from petition_case where title = '通报冻结测试'").update();
        assertThat(petitions(bulletins.generate(f, office)).paragraphs()).contains(s.paragraphs().get(1));
    }

    long petitionsCategory() {
        return jdbc.sql("select id from petition_category where name = '欠薪'").query(Long.class).single();
    }

    @Test
    void aBulletinOfOneDirectiveHasNoPetitionSection() {
        long directive = jdbc.sql("select id from directive order by id limit 1").query(Long.class).single();
        BulletinForm f = new BulletinForm();
        f.periodKind = PeriodKind.MONTH;
        f.month = YearMonth.from(TestClock.today()).minusMonths(1).toString();
        f.scopeKind = ScopeKind.DIRECTIVE;
        f.directiveId = directive;
        assertThat(petitions(bulletins.generate(f, as("duchashi")))).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void contentStoredBeforeSectionsExistedReadsWithNone() {
        BulletinForm f = new BulletinForm();
        f.periodKind = PeriodKind.MONTH;
        f.month = YearMonth.from(TestClock.today()).minusMonths(1).toString();
        Bulletin b = bulletins.generate(f, as("duchashi"));
        java.util.Map<String, Object> old = Json.read(Json.write(b.content()), java.util.Map.class);
        assertThat(old).containsKey("sections");
        old.remove("sections");
        BulletinContent read = Json.read(Json.write(old), BulletinContent.class);
        assertThat(read.sections()).isEmpty();
        assertThat(read.withSections(b.content().sections())).isEqualTo(b.content());
    }
}
