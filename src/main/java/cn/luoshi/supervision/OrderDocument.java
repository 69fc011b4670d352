package cn.luoshi.supervision;

import static cn.luoshi.common.pdf.PdfRenderer.escape;

import cn.luoshi.common.pdf.PdfRenderer;
import java.time.LocalDate;

/**
 * The printable 督办通知单 as XHTML for {@link PdfRenderer}: the red header 督 办 通 知 单 over a red rule, the issuing
 * office (the configured {@link cn.luoshi.org.OfficeName}) and the number, then the form — 承办单位, 督办事项 (with
 * the light it had), 督办依据, 督办要求, 办复时限, 签发 and date — and the 办理情况 box (the unit's answer once given,
 * otherwise blank for the paper copy).
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
                .title { color: #c00000; font-size: 30pt; font-weight: bold; text-align: center; letter-spacing: 8pt;
                         margin: 0 0 6pt 0; }
                .meta { width: 100%%; border: none; border-bottom: 2.5pt solid #c00000; margin-bottom: 14pt; }
                .meta td { border: none; padding: 2pt 0 6pt 0; font-size: 12pt; }
                .meta .number { text-align: right; }
                .form { table-layout: fixed; }
                .form th { text-align: center; vertical-align: middle; font-weight: bold;
                           background: #f7f7f7; }
                .form td { padding: 6pt 8pt; white-space: pre-wrap; }
                .form th, .form td { border: 0.8pt solid #333; }
                .light { color: #c00000; }
                .box { height: 70mm; }
                .sign { text-align: right; margin-top: 8pt; }
                .foot { font-size: 10pt; color: #333; margin-top: 10pt; }
                </style></head>
                <body>
                <div class="title">督 办 通 知 单</div>
                <table class="meta"><tr><td>%3$s</td><td class="number">%1$s</td></tr></table>
                <table class="form">
                  <colgroup><col style="width: 24mm"/><col style="width: 76mm"/><col style="width: 18mm"/><col/></colgroup>
                  <tr><th>承办单位</th><td colspan="3">%4$s</td></tr>
                  <tr><th>督办事项</th><td colspan="3">%5$s<div class="light">（下发时亮%6$s：%7$s）</div></td></tr>
                  <tr><th>督办依据</th><td colspan="3">%8$s</td></tr>
                  <tr><th>督办要求</th><td colspan="3">%9$s</td></tr>
                  <tr><th>办复时限</th><td>%10$s前（%11$d个工作日内）</td>
                      <th>签发</th><td>%12$s<br/>%13$s</td></tr>
                  <tr><th>办理情况</th><td colspan="3" class="box">%14$s</td></tr>
                </table>
                <div class="foot">请承办单位于办复时限前将办理情况（加盖单位公章）报送%3$s，并在“落实”系统中办复。</div>
                </body></html>
                """.formatted(escape(o.number()), PdfRenderer.BASE_CSS, escape(office), escape(unitFullName),
                escape(o.taskTitle()), escape(o.light().label()), escape(o.lightReason()), escape(o.basis()),
                escape(o.requirement()), date(o.responseDue()), o.responseDays(), escape(o.signer()),
                date(o.issuedOn()), response);
    }

    /** 2026年11月20日. */
    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
