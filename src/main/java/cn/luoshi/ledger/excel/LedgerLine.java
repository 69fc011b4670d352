package cn.luoshi.ledger.excel;

import cn.luoshi.ledger.TaskRow;
import java.util.List;

/**
 * One exported row of the 台账: the list row plus what the spreadsheet shows besides it — the task's description, the
 * latest report's narrative (具体进展) and difficulties, and the problems not yet solved.
 */
record LedgerLine(int number, TaskRow task, String description, String latestNarrative, String latestDifficulties,
        List<String> openProblems) {

    /** 任务内容: the name, then the description on the next lines when there is one. */
    String content() {
        if (description == null || description.isBlank() || description.trim().equals(task.title())) {
            return task.title();
        }
        return task.title() + "\n" + description.trim();
    }

    /** 存在的困难或问题: the latest report's difficulties, then each open problem on its own line. */
    String difficulties() {
        StringBuilder s = new StringBuilder();
        if (latestDifficulties != null && !latestDifficulties.isBlank()) {
            s.append(latestDifficulties.trim());
        }
        int i = 1;
        for (String p : openProblems) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append("问题").append(i++).append("：").append(p);
        }
        return s.toString();
    }

    /** 完成情况: "办理中 40%". */
    String completion() {
        String label = task.status().label();
        return task.progressPercent() == null ? label
                : label + " " + task.progressPercent().stripTrailingZeros().toPlainString() + "%";
    }
}
