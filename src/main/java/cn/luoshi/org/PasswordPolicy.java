package cn.luoshi.org;

import cn.luoshi.common.Violations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 密码规则 for passwords chosen through the pages or the API (not the demo seed): 8–72 characters, not the user
 * name nor containing it, not one of the common passwords in {@code org/common-passwords.txt} (public lists' top
 * entries and Chinese favourites such as 5201314, woaini1314), and not made of one repeated character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt reads 72 bytes. */
    public static final int MAX_LENGTH = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The broken rules, under field {@code field}, in Chinese. */
    public static Violations check(String password, String username, String field) {
        Violations v = new Violations();
        if (password == null || password.length() < MIN_LENGTH) {
            return v.add(field, "密码至少" + MIN_LENGTH + "位");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return v.add(field, "密码不能超过" + MAX_LENGTH + "个字节");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            v.add(field, "密码不能包含用户名");
        }
        if (isCommon(lower)) {
            v.add(field, "该密码过于常见，容易被猜中，请换一个");
        } else if (lower.chars().distinct().count() <= 2) {
            v.add(field, "密码不能由一两个字符重复组成");
        }
        return v;
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/org/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("org/common-passwords.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
