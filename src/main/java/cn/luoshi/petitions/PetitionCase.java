package cn.luoshi.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A case (件) as a user may see it: petitioners opened or masked by {@link PetitionAccess}, the accusation material
 * only where allowed, its clocks with their lights.
 */
public record PetitionCase(long id, String caseNo, String title, String summary, String category, Channel channel,
        Level level, boolean repeatPetition, int groupSize, LocalDate receivedOn, LocalDate transferredOn,
        LocalDate acceptedOn, int extensionDays, String extensionReason, LocalDate answeredOn, boolean resolved,
        String status, Long leadUnitId, String leadUnitName, Long leaderPersonId, String leaderName,
        boolean accusation, String accusationText, boolean backlog, LocalDate backlogSince,
        LocalDate backlogResolvedOn, Long taskId, int version, boolean personalDataShown, List<Petitioner> petitioners,
        List<Visit> visits, List<Reception> receptions, List<Review> reviews, List<Clock> clocks) {

    /** A petitioner as shown: in clear or masked. */
    public record Petitioner(long id, String name, String idNumber, String phone, String address,
            boolean representative) {
    }

    public record Visit(long id, LocalDate visitedOn, Channel channel, Level level, boolean toBeijing, int people,
            boolean repeat, String externalNo, String note) {
    }

    public record Reception(long id, LocalDate receivedOn, String leaderName, String place, String note) {
    }

    public record Review(String kind, LocalDate requestedOn, LocalDate dueOn, LocalDate answeredOn, String result,
            LocalDate hearingFrom, LocalDate hearingTo, int hearingDays) {

        /** "听证 3月10日至3月12日（3日，不计入复核期限）", or "" without a hearing. */
        public String hearingText() {
            if (hearingFrom == null) {
                return "";
            }
            return "听证 " + hearingFrom + (hearingTo == null ? " 起（进行中，已" : " 至 " + hearingTo + "（") + hearingDays
                    + "日，不计入复核期限）";
        }
    }

    /** One clock: what it is, the article, from, due, stopped, light. */
    public record Clock(String label, String article, String limit, LocalDate from, LocalDate due, LocalDate stoppedOn,
            ClockLight light) {
    }

    public String statusLabel() {
        return statusLabel(status);
    }

    /** 已登记, 已受理, 已答复, 复查中, 复核中, 已办结. */
    public static String statusLabel(String status) {
        return switch (status) {
            case "REGISTERED" -> "已登记";
            case "ACCEPTED" -> "已受理";
            case "ANSWERED" -> "已答复";
            case "REVIEW" -> "复查中";
            case "RECHECK" -> "复核中";
            default -> "已办结";
        };
    }

    /** The worst light among the running clocks (for lists). */
    public ClockLight light() {
        ClockLight worst = null;
        for (Clock c : clocks) {
            if (c.light() == ClockLight.RED) {
                return ClockLight.RED;
            }
            if (c.light() == ClockLight.YELLOW || worst == null && c.light() == ClockLight.GREEN) {
                worst = c.light();
            }
        }
        return worst == null ? ClockLight.DONE_ON_TIME : worst;
    }
}
