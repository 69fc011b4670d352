/**
 * The ledger's own types that its faces (web, API, Excel in {@code ledger.web}, {@code ledger.api},
 * {@code ledger.excel}) and its services share: the task page's records, workflow views and forms, the overview, the
 * extension policy. Public only because those faces live in other packages; no other module uses them, so they are
 * not part of the ledger's API (Spring Modulith treats this sub-package as internal to the module).
 */
package cn.luoshi.ledger.internal;
