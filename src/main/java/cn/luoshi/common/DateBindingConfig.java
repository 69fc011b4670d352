package cn.luoshi.common;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates from request parameters and form fields, and from JSON bodies, are ISO yyyy-MM-dd within
 * {@link DateBounds}; anything else is a 400 with the Chinese message, never a stored year 99999.
 */
@Configuration(proxyBeanMethods = false)
class DateBindingConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return DateBounds.parse(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }

    @Bean
    JacksonModule boundedDates() {
        SimpleModule module = new SimpleModule("luoshi-dates");
        module.addDeserializer(LocalDate.class, new StdScalarDeserializer<LocalDate>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidFormatException.from(p, "日期请用 yyyy-MM-dd 字符串", p.getString(), LocalDate.class);
                }
                String text = p.getString();
                if (text.isBlank()) {
                    return null;
                }
                try {
                    return DateBounds.parse(text);
                } catch (DateBounds.OutOfRange e) {
                    throw InvalidFormatException.from(p, e.getMessage(), text, LocalDate.class);
                }
            }
        });
        return module;
    }
}
