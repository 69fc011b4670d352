package cn.luoshi;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Luoshi 落实 — turns a leader's directives into owned, dated, supervised work.
 *
 * <p>The jar is also the command line ({@code bin/luoshi}): {@code serve} starts the web application; other
 * sub-commands run without starting Spring so they are quick.
 */
@SpringBootApplication
public class LuoshiApplication {

    static final String HELP = """
            用法: luoshi <命令> [参数]

            命令:
              serve [--server.port=8080]   启动落实系统（默认命令）。未设置 LUOSHI_DB_URL 时使用 ./data 下的嵌入式 PostgreSQL
              ingest [--json] [--date YYYY-MM-DD] 文件...
                                           读取讲话/文件文本（UTF-8 或 GB18030，简体或繁体），输出台账草稿：
                                           --json 按 luoshi-directive-draft/1 格式输出 JSON，否则输出可读提纲
              help, --help                 显示本帮助
              version                      显示版本

            环境变量:
              LUOSHI_DB_URL, LUOSHI_DB_USER, LUOSHI_DB_PASSWORD   外部 PostgreSQL (13+)，例如 jdbc:postgresql://db:5432/luoshi
              LUOSHI_DATA_DIR        嵌入式数据库与附件目录（默认 ./data）
              LUOSHI_ADMIN_PASSWORD  首次启动时管理员 admin 的密码（不设置则随机生成并打印一次）
              LUOSHI_DEMO_DATA       首次启动时是否载入演示数据（默认 true）
              LUOSHI_PORT            HTTP 端口（默认 8080）
            """;

    public static void main(String[] args) {
        if (isServe(args)) {
            SpringApplication.run(LuoshiApplication.class, serveArgs(args));
            return; // the web server's threads keep the JVM alive
        }
        System.exit(run(args, System.out, System.err));
    }

    static boolean isServe(String[] args) {
        return args.length == 0 || args[0].equals("serve") || args[0].startsWith("--server")
                || args[0].startsWith("--spring") || args[0].startsWith("--luoshi");
    }

    static String[] serveArgs(String[] args) {
        return args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "ingest" -> {
                return cn.luoshi.ingest.IngestCli.run(args, out, err);
            }
            case "help", "--help", "-h" -> {
                out.print(HELP);
                return 0;
            }
            case "version", "--version" -> {
                String v = LuoshiApplication.class.getPackage().getImplementationVersion();
                out.println("luoshi " + (v == null ? "dev" : v));
                return 0;
            }
            default -> {
                err.println("未知命令: " + command + "（luoshi --help 查看可用命令）");
                return 2;
            }
        }
    }
}
