package cn.luoshi.org;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start creates the admin account. Its password comes from LUOSHI_ADMIN_PASSWORD, or is generated and
 * printed once (it is not stored anywhere in clear).
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final OrgDirectory directory;
    private final String username;
    private final String password;

    AdminBootstrap(OrgDirectory directory, @Value("${luoshi.admin.username:admin}") String username,
            @Value("${luoshi.admin.password:}") String password) {
        this.directory = directory;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.adminExists()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String pw = generated ? randomPassword() : password;
        directory.createUser(new OrgDirectory.NewUser(username, pw, "系统管理员", Role.ADMIN, null, null),
                SystemUser.INSTANCE);
        if (generated) {
            String banner = "\n================================================================\n"
                    + " 已创建管理员账号（仅显示这一次，请妥善保存）\n"
                    + "   用户名: " + username + "\n"
                    + "   密  码: " + pw + "\n"
                    + " 可用环境变量 LUOSHI_ADMIN_PASSWORD 预先指定。\n"
                    + "================================================================";
            System.out.println(banner);
        } else {
            log.info("已创建管理员账号 {}（密码取自 LUOSHI_ADMIN_PASSWORD）", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
