package cn.luoshi.ledger.excel;

/**
 * How far an import is, for the progress bar: which step (读取 → 检查 → 写入) and how many of the rows it has done.
 * Written by the importing thread, read by the page that polls.
 */
public final class ImportProgress {

    /** The steps of an import, in order. */
    public enum Step {
        QUEUED("排队中"), READING("读取文件"), CHECKING("检查数据"), WRITING("写入台账"), DONE("已完成");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private volatile Step step = Step.QUEUED;
    private volatile int total;
    private volatile int done;

    void start(Step s, int rows) {
        total = rows;
        done = 0;
        step = s;
    }

    void advance(int rowsDone) {
        done = rowsDone;
    }

    void finish() {
        step = Step.DONE;
    }

    public Step step() {
        return step;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done;
    }

    /** 0–100 over the whole import: checking is the first tenth, writing the rest. */
    public int percent() {
        int part = total == 0 ? 0 : done * 100 / total;
        return switch (step) {
            case QUEUED, READING -> 0;
            case CHECKING -> part / 10;
            case WRITING -> 10 + part * 9 / 10;
            case DONE -> 100;
        };
    }
}
