package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static java.util.List<String> messages(String password, String username) {
        return PasswordPolicy.check(password, username, "p").list().stream().map(Violations.Violation::message).toList();
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(messages("Xq7-ledger-Pw", "zhangsan")).isEmpty();
    }

    @Test
    void tooShortIsRefused() {
        assertThat(messages("a1-B2", "zhangsan")).containsExactly("密码至少8位");
    }

    @Test
    void theUserNameMayNotBeInIt() {
        assertThat(messages("Zhangsan-2026x", "zhangsan")).contains("密码不能包含用户名");
    }

    @Test
    void commonPasswordsAreRefusedIgnoringCase() {
        for (String p : new String[] {"12345678", "password", "Password1", "qwertyuiop", "woaini1314", "1qaz2wsx", "zhang123456", "88888888"}) {
            if (p.length() >= 8) {
                assertThat(messages(p, "someone")).as(p).contains("该密码过于常见，容易被猜中，请换一个");
            }
        }
        assertThat(PasswordPolicy.commonCount()).isGreaterThan(3000);
    }

    @Test
    void oneOrTwoRepeatedCharactersAreRefused() {
        assertThat(messages("abababab", "someone")).contains("密码不能由一两个字符重复组成");
    }
}
