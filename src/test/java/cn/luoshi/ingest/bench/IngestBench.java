package cn.luoshi.ingest.bench;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDrafter;
import cn.luoshi.ingest.DraftScorer;
import cn.luoshi.ingest.DraftScorer.DocumentScore;
import cn.luoshi.ingest.Seeds;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Benchmark (基准): quality against the reference drafts (P/R/F1 per document and overall), cold time (first drafts
 * of all seeds in a fresh JVM, dictionaries included), warm speed in characters per second, the time for a
 * 10,000-character speech on one thread, and heap in use. Run by {@code bench/ingest-quality.sh}.
 */
public final class IngestBench {

    private static final LocalDate DATE = LocalDate.of(2023, 7, 31);

    private IngestBench() {}

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        DirectiveDrafter drafter = DirectiveDrafter.create();
        DocumentScore overall = new DocumentScore("overall", DraftScorer.Prf.ZERO, DraftScorer.Prf.ZERO, DraftScorer.Prf.ZERO);
        StringBuilder report = new StringBuilder();
        report.append(String.format("%-28s %-26s %-26s %-26s%n", "document", "nodes P/R/F1", "targets P/R/F1", "figures P/R/F1"));
        long chars = 0;
        for (String id : Seeds.IDS) {
            DraftScorer.Reference ref = Seeds.reference(id);
            DirectiveDraft draft = drafter.draft(ref.file(), Seeds.speech(id), DATE);
            chars += draft.source().chars();
            DocumentScore s = DraftScorer.score(draft, ref);
            overall = overall.plus(s);
            report.append(line(ref.file(), s));
        }
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        report.append(line("overall", overall));
        System.out.print(report);

        byte[][] speeches = Seeds.IDS.stream().map(Seeds::speech).toArray(byte[][]::new);
        for (int i = 0; i < 30; i++) { // warm up the JIT
            for (byte[] b : speeches) {
                drafter.draft("warm", b, DATE);
            }
        }
        int rounds = 100;
        long w0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (byte[] b : speeches) {
                drafter.draft("warm", b, DATE);
            }
        }
        double warmSeconds = (System.nanoTime() - w0) / 1e9;
        double charsPerSecond = chars * rounds / warmSeconds;

        byte[] tenThousand = tenThousandChars(speeches);
        for (int i = 0; i < 50; i++) {
            drafter.draft("10k", tenThousand, DATE);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        int runs = 200;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            drafter.draft("10k", tenThousand, DATE);
            long e = System.nanoTime() - s;
            best = Math.min(best, e);
            total += e;
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("cold: first drafts of all %d seeds %d ms (JVM start to done %d ms)%n", speeches.length, coldMs,
                sinceJvmStart);
        System.out.printf("warm: %.0f chars/s over the seeds (%d chars x %d rounds, one thread)%n", charsPerSecond, chars, rounds);
        System.out.printf("10,000-char speech: mean %.2f ms, best %.2f ms (%d runs, one thread)%n",
                total / 1e6 / runs, best / 1e6, runs);
        System.out.printf("heap in use after GC: %d MB (max %d MB)%n", heapMb, rt.maxMemory() / (1024 * 1024));
        System.out.printf("processors: %d, java %s%n", rt.availableProcessors(), System.getProperty("java.version"));
        unseen(drafter);
        documents(drafter);
    }

    /** The issue-18 samples of four genres (src/test/resources/ingest/unseen), units scored too. */
    private static void unseen(DirectiveDrafter drafter) {
        System.out.printf("%n%-28s %-26s %-26s %-26s %-26s%n", "unseen sample", "nodes P/R/F1", "targets P/R/F1",
                "figures P/R/F1", "units P/R/F1");
        DocumentScore all = null;
        for (String name : java.util.List.of("work-report", "task-division", "news-speech", "quarter-speech")) {
            DraftScorer.Reference ref = DraftScorer.readReference(new String(
                    Seeds.resource("/ingest/unseen/" + name + ".json"), StandardCharsets.UTF_8));
            DocumentScore s = DraftScorer.score(drafter.draft(ref.file(), Seeds.resource("/ingest/unseen/" + ref.file()),
                    LocalDate.of(2025, 3, 15)), ref);
            all = all == null ? s : all.plus(s);
            System.out.printf("%-28s %-26s %-26s %-26s %-26s%n", name, prf(s.nodes()), prf(s.targets()), prf(s.figures()),
                    prf(s.units()));
        }
        System.out.printf("%-28s %-26s %-26s %-26s %-26s%n", "all four", prf(all.nodes()), prf(all.targets()),
                prf(all.figures()), prf(all.units()));
    }

    /** A 30-page Word file and a 30-page PDF (made on the fly), warm: the whole draft, reading included. */
    private static void documents(DirectiveDrafter drafter) {
        java.util.List<cn.luoshi.ingest.Documents.Para> paras = new java.util.ArrayList<>();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            paras.add(new cn.luoshi.ingest.Documents.Para("第" + (i + 1) + "项重点工作", 0));
            lines.add((i + 1) + "、第" + (i + 1) + "项重点工作");
            for (int k = 0; k < 12; k++) {
                String s = "今年要完成" + (k + 10) + "个老旧小区改造任务，由区住建局牵头，各街道配合，确保年底前全部完工，群众满意。";
                paras.add(cn.luoshi.ingest.Documents.Para.plain(s));
                lines.add(s);
            }
        }
        byte[] docx = cn.luoshi.ingest.Documents.docx(paras, java.util.List.of(), false);
        byte[] pdf = cn.luoshi.ingest.Documents.pdf(lines, 13);
        int pages;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int i = 0; i < 5; i++) {
            drafter.draft("30.docx", docx, DATE);
            drafter.draft("30.pdf", pdf, DATE);
        }
        long bestDocx = Long.MAX_VALUE;
        long bestPdf = Long.MAX_VALUE;
        long sumDocx = 0;
        long sumPdf = 0;
        int runs = 10;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            drafter.draft("30.docx", docx, DATE);
            long t1 = System.nanoTime();
            drafter.draft("30.pdf", pdf, DATE);
            long t2 = System.nanoTime();
            bestDocx = Math.min(bestDocx, t1 - t0);
            bestPdf = Math.min(bestPdf, t2 - t1);
            sumDocx += t1 - t0;
            sumPdf += t2 - t1;
        }
        System.out.printf("%n30-section Word file (%d KB): mean %.0f ms, best %.0f ms; %d-page PDF (%d KB): mean %.0f ms, best %.0f ms (warm, %d runs)%n",
                docx.length / 1024, sumDocx / 1e6 / runs, bestDocx / 1e6, pages, pdf.length / 1024, sumPdf / 1e6 / runs,
                bestPdf / 1e6, runs);
    }

    private static String line(String name, DocumentScore s) {
        return String.format("%-28s %-26s %-26s %-26s%n", name, prf(s.nodes()), prf(s.targets()), prf(s.figures()));
    }

    private static String prf(DraftScorer.Prf p) {
        return String.format("%.2f/%.2f/%.2f (%d/%d/%d)", p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn());
    }

    /** The seeds joined until the text is 10,000 characters long. */
    private static byte[] tenThousandChars(byte[][] speeches) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 10_000) {
            sb.append(new String(speeches[i++ % 4], StandardCharsets.UTF_8)).append('\n');
        }
        return sb.substring(0, 10_000).getBytes(StandardCharsets.UTF_8);
    }
}
