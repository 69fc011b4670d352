package cn.luoshi.common;

/**
 * 上传文件名: the name a user's file is stored and shown under. Only the last path segment is kept (some browsers
 * send "C:\fakepath\报告.pdf"), and every control and format character is removed — among them the bidirectional
 * overrides (U+202A–U+202E, U+2066–U+2069), which make "报告\u202Efdp.exe" read as "报告exe.pdf" — as are line
 * separators and zero-width characters. A name left empty becomes "未命名文件".
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder(last.length());
        last.codePoints().filter(cp -> !hidden(cp)).forEach(sb::appendCodePoint);
        String out = sb.toString().strip();
        if (out.codePointCount(0, out.length()) > MAX_LENGTH) {
            out = out.substring(0, out.offsetByCodePoints(0, MAX_LENGTH));
        }
        return out.isEmpty() || out.equals(".") || out.equals("..") ? "未命名文件" : out;
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }
}
