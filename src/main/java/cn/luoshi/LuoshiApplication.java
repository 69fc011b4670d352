package cn.luoshi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Luoshi 落实 — turns a leader's directives into owned, dated, supervised work. */
@SpringBootApplication
public class LuoshiApplication {

    public static void main(String[] args) {
        SpringApplication.run(LuoshiApplication.class, args);
    }
}
