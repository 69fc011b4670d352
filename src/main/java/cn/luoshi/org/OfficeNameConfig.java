package cn.luoshi.org;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The {@link OfficeName} bean from {@code luoshi.office.name}, or the deprecated {@code luoshi.bulletins.issuer}. */
@Configuration(proxyBeanMethods = false)
class OfficeNameConfig {

    static final String PROPERTY = "luoshi.office.name";
    static final String DEPRECATED = "luoshi.bulletins.issuer";

    private static final Logger log = LoggerFactory.getLogger(OfficeNameConfig.class);

    @Bean
    OfficeName officeName(Environment env) {
        String name = env.getProperty(PROPERTY);
        String issuer = env.getProperty(DEPRECATED);
        if (issuer != null && !issuer.isBlank()) {
            if (name == null || name.isBlank()) {
                log.warn("{} 已弃用，请改用 {}（LUOSHI_OFFICE_NAME）；督办单和通报均使用“{}”", DEPRECATED, PROPERTY,
                        issuer.strip());
            } else {
                log.warn("{} 已弃用并被忽略：{} 已设置为“{}”", DEPRECATED, PROPERTY, name.strip());
            }
        }
        return OfficeName.resolve(name, issuer);
    }
}
