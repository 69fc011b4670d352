package cn.luoshi.common;

import java.time.Instant;

/**
 * One thing waiting for the signed-in user to act (待办): what (kind and its Chinese label, e.g. 待审核 / 延期申请),
 * on which record (title, detail in words), since when, and where to act. Modules list their own; the 待办 page
 * puts them together, oldest first.
 *
 * @param group  the menu item that counts it: {@code 待签收}, {@code 待审核}, {@code 待审批}, {@code 待回复},
 *               {@code 待办复}, {@code 待整改}, {@code 待销号}, {@code 待解决}, {@code 待重新交办}
 * @param label  what is waiting, e.g. 延期申请
 * @param title  the record's name
 * @param detail one line in words (unit, dates), may be empty
 * @param since  when it started waiting
 * @param link   where to act
 */
public record TodoItem(String group, String label, String title, String detail, Instant since, String link) {
}
