package cn.luoshi.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** TEMPORARY stand-in with the lead's signatures until main's PersonalData lands; removed before merging main. */
@Component
public class PersonalData {

    public String seal(String plain) {
        return plain == null ? null : "tmp:" + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public String open(String sealed) {
        return sealed == null ? null : new String(Base64.getDecoder().decode(sealed.substring(4)), StandardCharsets.UTF_8);
    }

    public String blindIndex(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String maskName(String s) {
        return s == null || s.length() < 2 ? s : s.charAt(0) + "*" + (s.length() > 2 ? s.substring(s.length() - 1) : "");
    }

    public static String maskPhone(String s) {
        return s == null || s.length() < 7 ? s : s.substring(0, 3) + "****" + s.substring(s.length() - 4);
    }

    public static String maskIdNumber(String s) {
        return s;
    }

    public static String maskAddress(String s) {
        return s;
    }
}
