package cn.luoshi.supervision;

import java.util.List;

/**
 * A 督办单 with the 承办单位's full name, the response files, the countdown to 办复时限 while it waits for the unit
 * (剩余N个工作日 / 已逾期N个工作日), and the moves the viewer may make now.
 */
public record OrderView(SupervisionOrder order, String unitFullName, List<SupervisionAttachment> files,
        String countdown, boolean overdue, Moves can) {

    public record Moves(boolean respond, boolean close, boolean sendBack, boolean withdraw) {
    }
}
