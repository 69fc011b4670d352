package cn.luoshi.petitions;

/**
 * 小数值抑制 — published statistics do not show counts between 1 and {@code threshold − 1} (a cell of 3 visits from one
 * street can name the people); they show "&lt;5". Zero stays zero (it names nobody). The threshold is a setting
 * ({@code luoshi.petitions.small-cell}, default 5); internal pages show the numbers.
 */
public record SmallCells(int threshold) {

    public static final SmallCells DEFAULT = new SmallCells(5);

    public SmallCells {
        if (threshold < 1) {
            throw new IllegalArgumentException("抑制阈值至少为1");
        }
    }

    public boolean suppressed(long n) {
        return n > 0 && n < threshold;
    }

    /** The cell as published: the number, or "&lt;5". */
    public String show(long n) {
        return suppressed(n) ? "<" + threshold : Long.toString(n);
    }
}
