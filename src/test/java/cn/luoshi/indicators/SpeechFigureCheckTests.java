package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ingest.FigureChecker.Outcome;
import cn.luoshi.ingest.review.ReviewService;
import cn.luoshi.ingest.review.UploadForm;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 讲话转台账 checks a speech's figures against the indicators (000's and 004's sentences against the demo, which
 * reproduces them): agrees, differs (stored X) or no stored value, each linked to the value.
 */
@LuoshiIntegrationTest
class SpeechFigureCheckTests {

    @Autowired
    ReviewService review;
    @Autowired
    IndicatorService indicators;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    int demoYear() {
        return TestClock.today().getYear() - 1;
    }

    List<ReviewService.FigureLine> lines(String text, LocalDate issuedOn) {
        UploadForm f = new UploadForm();
        f.text = text;
        f.issuedOn = issuedOn;
        f.title = "核对测试" + text.hashCode();
        f.again = true;
        long id = review.upload(f, null, null, SystemUser.INSTANCE);
        return review.figureLines(review.get(id, SystemUser.INSTANCE));
    }

    static List<Outcome> outcomes(List<ReviewService.FigureLine> ls) {
        return ls.stream().map(l -> l.verdict() == null ? null : l.verdict().outcome()).toList();
    }

    @Test
    void speech000sGapsAndRankAgreeWithTheDemosFirstThreeQuarters() {
        List<ReviewService.FigureLine> ls = lines("一要着力提升经济品质。前三季度，**区的经济运行出现较大波动，生产总值、固定资产投资、"
                + "社会消费品零售总额增速分别低于全市平均水平1个、1.7个和0.2个百分点，一般公共预算收入增速居各县（市、区）倒数第2位。",
                LocalDate.of(demoYear(), 10, 20));
        assertThat(outcomes(ls)).containsExactly(Outcome.AGREES, Outcome.AGREES, Outcome.AGREES, Outcome.AGREES);
        Dashboard d = indicators.dashboard(java.time.YearMonth.of(demoYear(), 9));
        assertThat(ls.get(1).verdict().link()).isEqualTo("/indicators/values/" + d.row("FAI").home().id());
        assertThat(ls.get(1).verdict().words()).contains("固定资产投资增速低于全市平均1.7个百分点");
        assertThat(ls.get(3).verdict().words()).contains("倒数第2位");
    }

    @Test
    void speech004sRevenueGdpAndGrowthAreaAgreeWithTheDemosFirstHalf() {
        List<ReviewService.FigureLine> ls = lines("一是经济运行承压。全区规模以上工业30个大类行业中，11个行业上半年呈负增长，"
                + "行业增长面仅为63%。上半年地方一般公共预算收入完成4.98亿元，同比下降16.39%。"
                + "上半年中央、省、市、区GDP分别实现增长5.5%、3.6%、3.3%、3.4%。", LocalDate.of(demoYear(), 7, 20));
        assertThat(outcomes(ls)).containsExactly(Outcome.AGREES, Outcome.AGREES, Outcome.AGREES, Outcome.AGREES,
                Outcome.AGREES);
        assertThat(ls.get(2).verdict().words()).contains("一般公共预算收入4.98亿元");
    }

    @Test
    void aDifferentNumberIsFlaggedWithTheStoredOneAndAYearWithoutDataSaysSo() {
        List<ReviewService.FigureLine> ls = lines("一要稳增长。前三季度，固定资产投资增速低于全市平均水平1.6个百分点。"
                + "去年，全区社会消费品零售总额增长3.1%。", LocalDate.of(demoYear(), 10, 20));
        assertThat(outcomes(ls)).containsExactly(Outcome.DIFFERS, Outcome.NO_STORED_VALUE);
        assertThat(ls.get(0).verdict().words()).contains("低于全市平均1.7个百分点");
        assertThat(ls.get(1).verdict().words()).isEqualTo("库中无" + (demoYear() - 1) + "年全年社会消费品零售总额的数据");
        assertThat(ls.get(1).verdict().link()).isNull();
    }

    @Test
    void theReviewPageShowsTheVerdictBesideTheFigure() {
        UploadForm f = new UploadForm();
        f.text = "一要稳增长。前三季度，固定资产投资增速低于全市平均水平1.6个百分点，要加快项目建设。";
        f.issuedOn = LocalDate.of(demoYear(), 10, 20);
        f.title = "核对页面测试";
        f.again = true;
        long id = review.upload(f, null, null, SystemUser.INSTANCE);
        Api.Response page = Api.as(port, "duchashi").get("/ingest/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("data-outcome=\"DIFFERS\"").contains("不一致")
                .contains("固定资产投资增速低于全市平均1.7个百分点");
    }
}
