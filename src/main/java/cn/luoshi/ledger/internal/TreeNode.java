package cn.luoshi.ledger.internal;

import cn.luoshi.ledger.Task;
import java.util.List;

/** A node of a directive's task tree as the directive page draws it. */
public record TreeNode(Task task, String leadUnitName, String leaderName, List<TreeNode> children) {

    /** 1, 1.2, 1.2.3 — the node's number inside the directive. */
    public record Numbered(String number, TreeNode node, int depth) {
    }
}
