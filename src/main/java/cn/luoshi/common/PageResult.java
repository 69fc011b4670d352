package cn.luoshi.common;

import java.util.List;

/**
 * One page of a list: the rows, the 0-based page number, the page size and the total row count. The rows are an
 * immutable copy whose hash is computed once: a page served again (kept until a change, or rendered once per distinct
 * rows) is looked up by value many times, and hashing every cell of every row each time was a twelfth of a kept
 * table's CPU.
 */
public record PageResult<T>(List<T> rows, int page, int size, long total) {

    public PageResult {
        rows = rows instanceof Rows<T> kept ? kept : new Rows<>(rows);
    }

    /** An immutable list that keeps its hash (the elements are records or other values). */
    private static final class Rows<E> extends java.util.AbstractList<E> implements java.util.RandomAccess {
        private final Object[] items;
        /** 0 until computed (as String's: one int, so a race only computes it twice). */
        private int hash;

        Rows(List<E> rows) {
            this.items = rows.toArray();
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            return (E) items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public int hashCode() {
            int h = hash;
            if (h == 0) {
                h = super.hashCode();
                hash = h;
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || super.equals(o);
        }
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public static int clampSize(Integer size) {
        if (size == null || size <= 0) {
            return 20;
        }
        return Math.min(size, 200);
    }

    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
