package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataTest {

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void sealedValuesOpenAndDoNotRepeat() {
        PersonalData pd = new PersonalData(key(7));
        String a = pd.seal("13812345678");
        String b = pd.seal("13812345678");
        assertThat(a).startsWith("v1:").doesNotContain("13812345678").isNotEqualTo(b);
        assertThat(pd.open(a)).isEqualTo("13812345678");
        assertThat(pd.open(b)).isEqualTo("13812345678");
        assertThat(pd.seal(null)).isNull();
        assertThat(pd.open(null)).isNull();
    }

    @Test
    void anotherKeyCannotOpenAndSaysSo() {
        String sealed = new PersonalData(key(1)).seal("张卫东");
        assertThatThrownBy(() -> new PersonalData(key(2)).open(sealed)).hasMessageContaining("密钥与加密时不同");
    }

    @Test
    void theBlindIndexMatchesEqualValuesWrittenDifferently() {
        PersonalData pd = new PersonalData(key(3));
        assertThat(pd.blindIndex("110101 19900101 123x")).isEqualTo(pd.blindIndex("11010119900101123X"))
                .hasSize(64);
        assertThat(pd.blindIndex("110101199001011234")).isNotEqualTo(pd.blindIndex("11010119900101123X"));
        assertThat(new PersonalData(key(4)).blindIndex("x")).isNotEqualTo(pd.blindIndex("x"));
    }

    @Test
    void masks() {
        assertThat(PersonalData.maskName("张卫东")).isEqualTo("张*东");
        assertThat(PersonalData.maskName("孙丽")).isEqualTo("孙*");
        assertThat(PersonalData.maskName("欧阳明月")).isEqualTo("欧**月");
        assertThat(PersonalData.maskPhone("138 1234 5678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("0731-5555123")).isEqualTo("*******5123");
        assertThat(PersonalData.maskIdNumber("11010119900101123X")).isEqualTo("1101**********123X");
        assertThat(PersonalData.maskAddress("和平区建设路12号3栋")).isEqualTo("和平区建设路****");
    }

    @Test
    void withoutAKeyOneIsCreatedOnceBesideTheData(@TempDir Path dir) throws Exception {
        String dataDir = dir.resolve("pg").toString();
        PersonalData first = new PersonalData("", "", dataDir);
        String sealed = first.seal("李四");
        assertThat(Files.exists(dir.resolve("personal-data.key"))).isTrue();
        assertThat(new PersonalData("", "", dataDir).open(sealed)).isEqualTo("李四");
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> new PersonalData(new byte[16])).hasMessageContaining("32字节");
        assertThatThrownBy(() -> new PersonalData("%%%", "", "x")).hasMessageContaining("base64");
    }
}
