package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void bidiOverridesAndControlCharactersAreRemoved() {
        assertThat(FileNames.clean("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
        assertThat(FileNames.clean("a\u2066b\u2069c\u200Bd\u200Fe\u0000f\r\ng\u2028.pdf")).isEqualTo("abcdefg.pdf");
    }

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(FileNames.clean("C:\\fakepath\\整改报告.docx")).isEqualTo("整改报告.docx");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void anEmptyNameGetsOne() {
        assertThat(FileNames.clean("\u202E ")).isEqualTo("未命名文件");
        assertThat(FileNames.clean(null)).isNull();
    }

    @Test
    void chineseAndEmojiNamesAreKept() {
        assertThat(FileNames.clean("2026年 第3期 通报（定稿）😀.docx")).isEqualTo("2026年 第3期 通报（定稿）😀.docx");
    }
}
