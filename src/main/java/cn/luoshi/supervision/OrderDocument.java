package cn.luoshi.supervision;

import static cn.luoshi.common.pdf.PdfRenderer.escape;

import cn.luoshi.common.pdf.PdfRenderer;
import java.time.LocalDate;

/**
 * The printable 督办通知单 as XHTML for {@link PdfRenderer}, laid out as a 党政机关公文 (GB/T 9704-2012, see
 * {@link PdfRenderer#GONGWEN_CSS}): the issuing office (the configured {@link cn.luoshi.org.OfficeName}) as the red
 * 发文机关标志, the 发文字号 (督办〔2026〕12号: year in 六角括号, no 第, §7.2.5), the red 分隔线, the title, the unit as
 * 主送机关 (承办单位); one line, not two, above the 发文字号 and under the rule, so the form keeps to one page (the
 * standard allows adjusting in particular cases);, one paragraph saying what is asked and by when, then the form — 督办事项 (with the light it had),
 * 督办依据, 督办要求, 办复时限, 签发 and the 办理情况 box (the unit's answer once given, otherwise blank for the paper
 * copy) — and the office with the 成文日期 in Arabic numerals (§7.3.5.4) at the foot, page numbers "— 1 —".
 */
final class OrderDocument {

    private OrderDocument() {
    }

    static String xhtml(SupervisionOrder o, String unitFullName, String office) {
        String response = o.response() == null ? ""
                : escape(o.response()) + "<div class=\"sign\">" + escape(o.unitName()) + " "
                        + date(o.respondedOn()) + "</div>";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head><meta charset="UTF-8"/><title>%1$s</title><style>
                %2$s
                .form { table-layout: fixed; margin-top: 3mm; font-size: 12pt; }
                .form th { text-align: center; vertical-align: middle; font-weight: normal;
                           font-family: 'WenQuanYi Micro Hei'; font-size: 12pt; }
                .form td { padding: 2pt 5pt; white-space: pre-wrap; }
                .form th, .form td { border: 0.8pt solid #000; }
                .light { color: #c00000; }
                .box { height: 30mm; }
                .gw-rule { margin-bottom: 10.227mm; }
                .gw-number { margin-top: 10.227mm; }
                .sign { text-align: right; margin-top: 4pt; }
                .gw-sign { margin-top: 3mm; }
                </style></head>
                <body>
                <div class="gw-org">%3$s</div>
                <div class="gw-number">%15$s</div>
                <div class="gw-rule"></div>
                <div class="gw-title">督办通知单</div>
                <p class="gw-to">%4$s：</p>
                <p>请对下列事项认真办理，于%10$s前（%11$d个工作日内）将办理情况书面报送%3$s，并在“落实”系统中办复。</p>
                <table class="form">
                  <colgroup><col style="width: 24mm"/><col style="width: 72mm"/><col style="width: 18mm"/><col/></colgroup>
                  <tr><th>督办事项</th><td colspan="3">%5$s<div class="light">（下发时亮%6$s：%7$s）</div></td></tr>
                  <tr><th>督办依据</th><td colspan="3">%8$s</td></tr>
                  <tr><th>督办要求</th><td colspan="3">%9$s</td></tr>
                  <tr><th>办复时限</th><td>%10$s前（%11$d个工作日内）</td>
                      <th>签发</th><td>%12$s</td></tr>
                  <tr><th>办理情况</th><td colspan="3" class="box">%14$s</td></tr>
                </table>
                <p class="gw-sign">%3$s</p>
                <p class="gw-date">%13$s</p>
                </body></html>
                """.formatted(escape(o.number()), PdfRenderer.GONGWEN_CSS, escape(office), escape(unitFullName),
                escape(o.taskTitle()), escape(o.light().label()), escape(o.lightReason()), escape(o.basis()),
                escape(o.requirement()), date(o.responseDue()), o.responseDays(), escape(o.signer()),
                date(o.issuedOn()), response, escape(documentNumber(o)));
    }

    /** 发文字号 as GB/T 9704-2012 §7.2.5 writes it: 督办〔2026〕12号 (the system's 编号 督办〔2026〕第12号 without 第). */
    static String documentNumber(SupervisionOrder o) {
        return o.number() == null ? "" : o.number().replace("〕第", "〕");
    }

    /** 2026年11月20日. */
    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
