/**
 * 台账 Excel: export of any filtered task list to the spreadsheet layout the 督查室 use, a blank template, and import
 * of the same layout (validated whole, written in one transaction, skipping rows already in the ledger). Part of the
 * ledger module; it goes through {@link cn.luoshi.ledger.TaskService} and {@link cn.luoshi.ledger.DirectiveService}
 * so scope, rules and audit apply as in the forms.
 */
package cn.luoshi.ledger.excel;
