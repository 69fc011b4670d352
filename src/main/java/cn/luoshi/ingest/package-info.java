/**
 * Speech to ledger (讲话转台账): reads a directive's text and drafts its task tree, targets, owners, deadlines and
 * figures in the {@code luoshi-directive-draft/1} format (docs/contracts/directive-draft.md). The rules are plain
 * Java under {@code internal}; {@link cn.luoshi.ingest.DirectiveDrafter} is the face. The review flow (upload, review,
 * accept into the ledger through its services) is the Spring part under {@code review}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "ledger"})
package cn.luoshi.ingest;
