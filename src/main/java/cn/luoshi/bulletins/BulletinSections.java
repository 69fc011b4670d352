package cn.luoshi.bulletins;

import java.util.Optional;

/**
 * 通报专项段落 — the extension point through which a module below bulletins (信访, for one) puts a section of its own
 * into a 通报 without bulletins knowing it: a bean implementing this interface is asked, when a bulletin is generated,
 * for its section for the bulletin's period and scope; the section is stored in the bulletin's content and so frozen
 * with it when it is published (later changes of the module's data do not change a published bulletin). Which
 * sections a bulletin's kind of scope carries is a setting ({@code luoshi.bulletins.sections.all}, {@code .directive},
 * {@code .tag}: keys separated by commas, {@code *} for all). The text must not depend on the time of generation, only
 * on the data as it stood at the period's end, so that publishing can check the draft's numbers still hold.
 */
public interface BulletinSections {

    /** A short stable key, e.g. "petitions". */
    String key();

    /** The section for this period and scope, or empty when the module has nothing to say for it. */
    Optional<BulletinContent.Section> section(BulletinPeriod period, BulletinScope scope);
}
