/**
 * The review flow of speech to ledger (讲话转台账): upload, review, accept into the ledger. Exposed as the named
 * interface {@code ingest::review} so that the demo data can take the seed speeches through the same accept path as
 * the pages ({@link cn.luoshi.ingest.review.ReviewService}).
 */
@org.springframework.modulith.NamedInterface("review")
package cn.luoshi.ingest.review;
