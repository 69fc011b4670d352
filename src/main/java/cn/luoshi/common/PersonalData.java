package cn.luoshi.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 个人信息加密存储 — personal data at rest (来信人、来电人的姓名、身份证号、电话、住址): sealed with AES-256-GCM before it
 * reaches the database, opened only for the roles that need it (the calling module checks the role and audits the
 * read), and matched without opening through a keyed blind index (HMAC-SHA256), so "the same caller" or "the same ID
 * number" is found by equality. Masks for screens and exports are plain functions here.
 * <p>
 * The key is {@code luoshi.personal-data.key} (base64 of 32 bytes, e.g. {@code LUOSHI_PERSONAL_DATA_KEY}); when it is
 * not set, a key file is created once beside the embedded database's data ({@code personal-data.key}, owner-only).
 * The key is not in the database nor in its backups: keep it with them, apart (docs/operations.md).
 */
@Component
public class PersonalData {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec sealKey;
    private final SecretKeySpec indexKey;

    @org.springframework.beans.factory.annotation.Autowired
    PersonalData(@Value("${luoshi.personal-data.key:}") String key,
            @Value("${luoshi.personal-data.key-file:}") String keyFile,
            @Value("${luoshi.embedded-db.data-dir:./data/pg}") String embeddedDataDir) {
        this(key == null || key.isBlank() ? fileKey(keyFile, embeddedDataDir) : decode(key));
    }

    /** With the key itself (tests, tools). */
    public PersonalData(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("个人信息加密密钥须为32字节（base64编码），当前为" + key.length + "字节");
        }
        this.sealKey = new SecretKeySpec(key, "AES");
        // A separate key for the index, derived from the same secret, so an index value reveals nothing of the seal.
        this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "luoshi-blind-index"),
                "HmacSHA256");
    }

    /** The sealed form of a value ("v1:" + base64 of IV and ciphertext); null and blank stay as they are. */
    public String seal(String plain) {
        if (plain == null || plain.isBlank()) {
            return plain;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            Randoms.nextBytes(iv); // per thread: intake threads do not queue on one generator
            Cipher c = cipher();
            c.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("个人信息加密失败", e);
        }
    }

    /** The plain value of a sealed one; a value sealed with another key fails loudly rather than showing garbage. */
    public String open(String sealed) {
        if (sealed == null || sealed.isBlank()) {
            return sealed;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("不是加密存储的个人信息");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher c = cipher();
            c.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("个人信息无法解密：密钥与加密时不同，请检查 luoshi.personal-data.key", e);
        }
    }

    /**
     * A keyed digest for equality lookups (hex, 64 characters); the value is normalised first (spaces removed, letters
     * upper-cased), so "110101 19900101 123x" and "11010119900101123X" match. Null for null or blank.
     */
    public String blindIndex(String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        String normal = plain.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        KeyedMac m = INDEX_MACS.get();
        try {
            if (m == null || m.key() != indexKey) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(indexKey);
                m = new KeyedMac(indexKey, mac);
                INDEX_MACS.set(m);
            }
            // doFinal resets the Mac to its key: the next call starts clean
            return java.util.HexFormat.of().formatHex(m.mac().doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * A Cipher and a Mac per thread: Cipher.getInstance walks the providers and a fresh AES instance expands its key on
     * every call (a third of sealing's CPU at intake). A Cipher is re-initialised for every seal with a fresh IV; the
     * Mac keeps its key (one per thread, for the instance whose key it holds).
     */
    private static final ThreadLocal<Cipher> CIPHERS = new ThreadLocal<>();
    private static final ThreadLocal<KeyedMac> INDEX_MACS = new ThreadLocal<>();

    private record KeyedMac(SecretKeySpec key, Mac mac) {
    }

    private static Cipher cipher() throws GeneralSecurityException {
        Cipher c = CIPHERS.get();
        if (c == null) {
            c = Cipher.getInstance("AES/GCM/NoPadding");
            CIPHERS.set(c);
        }
        return c;
    }

    /** 张*东, 张*, 欧阳**: the first character kept (and the last, for three or more). */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] cp = name.strip().codePoints().toArray();
        if (cp.length == 1) {
            return "*";
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cp[0]);
        if (cp.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cp.length - 2));
        return sb.appendCodePoint(cp[cp.length - 1]).toString();
    }

    /** 138****5678 (a mobile number); other numbers keep their last four digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.replaceAll("[\\s-]", "");
        if (p.matches("1\\d{10}")) {
            return p.substring(0, 3) + "****" + p.substring(7);
        }
        return p.length() <= 4 ? "*".repeat(p.length()) : "*".repeat(p.length() - 4) + p.substring(p.length() - 4);
    }

    /** 1101**********1234: the first four (the region) and the last four kept. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String s = id.strip();
        if (s.length() <= 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }

    /** The first six characters (district and street) kept, the rest starred: 和平区建设路****. */
    public static String maskAddress(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        int[] cp = address.strip().codePoints().toArray();
        int keep = Math.min(6, Math.max(0, cp.length - 2));
        return new String(cp, 0, keep) + "****";
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String key) {
        try {
            return Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("luoshi.personal-data.key 不是有效的 base64 编码");
        }
    }

    /** The key file (created once, owner-only, 32 random bytes in base64) beside the embedded database's data. */
    private static byte[] fileKey(String keyFile, String embeddedDataDir) {
        Path file = keyFile == null || keyFile.isBlank()
                ? Path.of(embeddedDataDir).toAbsolutePath().getParent().resolve("personal-data.key")
                : Path.of(keyFile);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n",
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system
                    }
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("无法读取或创建个人信息加密密钥文件 " + file + "：" + e.getMessage(), e);
        }
    }
}
