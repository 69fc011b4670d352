package cn.luoshi.org;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>}s of a unit filter (责任单位下拉框), rendered once per unit list. A district has some 300 units;
 * a template loop evaluates three expressions per option on every page (about a millisecond of CPU per page, the
 * largest share of a list page's rendering), although the list changes only when the admin edits the organisation.
 * {@link OrgDirectory#units()} hands out the same list instance until then, so the HTML is kept for that instance and
 * only the selected option is marked per page. Names are HTML-escaped; the result goes into {@code th:utext}.
 */
public final class UnitOptions {

    private record Rendered(List<Unit> units, String html) {
    }

    private static volatile Rendered last;

    private UnitOptions() {
    }

    /** {@code <option value="id">short name</option>} per unit, the one with id {@code selected} marked selected. */
    public static String html(List<Unit> units, Long selected) {
        Rendered r = last;
        if (r == null || r.units() != units) {
            StringBuilder b = new StringBuilder(units.size() * 40);
            for (Unit u : units) {
                b.append("<option value=\"").append(u.id()).append("\">").append(HtmlUtils.htmlEscape(u.shortName()))
                        .append("</option>");
            }
            r = new Rendered(units, b.toString());
            last = r;
        }
        if (selected == null) {
            return r.html();
        }
        String marker = "<option value=\"" + selected + "\">";
        int at = r.html().indexOf(marker);
        if (at < 0) {
            return r.html();
        }
        return r.html().substring(0, at) + "<option value=\"" + selected + "\" selected>"
                + r.html().substring(at + marker.length());
    }
}
