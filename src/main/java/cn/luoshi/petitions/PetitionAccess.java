package cn.luoshi.petitions;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;

/**
 * 信访隐私规则 — who may do what with a case, in one place (the role matrix test walks it):
 * <ul>
 * <li>registering cases and visits, acceptance, answers, 复查/复核, the 积案 register: the 督查室 and the users of the
 * 信访局 (the unit named by {@code luoshi.petitions.office-unit});</li>
 * <li>petitioners' names, ID numbers, phones and addresses in clear: the 信访局's users, the 督查室 and the case's
 * own 包案领导 — every such read is audited; everyone else sees them masked (张*东, 138****5678);</li>
 * <li>seeing a case at all: everyone who sees the whole ledger (督查室, 区领导, 只读, admin), the 信访局, and the
 * units responsible for it;</li>
 * <li>检举控告 material (第三十条: 不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位):
 * never to users of the accused unit — they see neither the material nor who wrote it, even as a responsible unit;
 * the admin (a technical role) sees no personal data at all.</li>
 * </ul>
 */
public record PetitionAccess(String officeUnitName) {

    /** The user works at the 信访局. */
    public boolean atOffice(CurrentUser me) {
        return me.isUnitUser() && me.unitName() != null && me.unitName().equals(officeUnitName);
    }

    public boolean mayRegister(CurrentUser me) {
        return me.role() == Role.SUPERVISOR || atOffice(me);
    }

    /** May see this case (with personal data masked or not). */
    public boolean maySee(CurrentUser me, Long leadUnitId, java.util.Collection<Long> coUnitIds) {
        if (me.seesEverything() || atOffice(me)) {
            return true;
        }
        return me.belongsTo(leadUnitId) || coUnitIds.stream().anyMatch(me::belongsTo);
    }

    /** Sees the petitioners in clear (audited). {@code leaderOfCase}: the user is the case's 包案领导. */
    public boolean seesPersonalData(CurrentUser me, boolean leaderOfCase, Long accusedUnitId) {
        if (accusedUnitId != null && me.belongsTo(accusedUnitId)) {
            return false;
        }
        return me.role() == Role.SUPERVISOR || atOffice(me) || me.isLeader() && leaderOfCase;
    }

    /** Sees the 检举控告 material. */
    public boolean seesAccusation(CurrentUser me, boolean leaderOfCase, Long accusedUnitId) {
        return seesPersonalData(me, leaderOfCase, accusedUnitId);
    }

    /** Exports of case lists: always masked; statistics for anyone who sees the ledger or works at the 信访局. */
    public boolean seesStatistics(CurrentUser me) {
        return me.seesEverything() || atOffice(me);
    }
}
