package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * 督查室名称: one property for the 督办单 and the 通报, the old bulletin property still read when the new one is not
 * set, the default otherwise.
 */
class OfficeNameTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(OfficeNameConfig.class);

    @Test
    void withNothingConfiguredTheOfficeIsTheDistrictsSupervisionOffice() {
        assertThat(OfficeName.resolve(null, null).name()).isEqualTo("区委区政府督查室");
        assertThat(OfficeName.resolve(" ", "").name()).isEqualTo(OfficeName.DEFAULT);
        context.run(c -> assertThat(c.getBean(OfficeName.class).name()).isEqualTo("区委区政府督查室"));
    }

    @Test
    void theOfficeNamePropertyIsUsedTrimmed() {
        assertThat(OfficeName.resolve("  县委县政府督查室 ", null).name()).isEqualTo("县委县政府督查室");
        context.withPropertyValues("luoshi.office.name=市委市政府督查室")
                .run(c -> assertThat(c.getBean(OfficeName.class).name()).isEqualTo("市委市政府督查室"));
    }

    @Test
    void theDeprecatedBulletinIssuerStillNamesTheOfficeWhenTheNewPropertyIsNotSet() {
        assertThat(OfficeName.resolve(null, "区委督查室").name()).isEqualTo("区委督查室");
        assertThat(OfficeName.resolve("", "区委督查室").name()).isEqualTo("区委督查室");
        context.withPropertyValues("luoshi.bulletins.issuer=区委督查室")
                .run(c -> assertThat(c.getBean(OfficeName.class).name()).isEqualTo("区委督查室"));
    }

    @Test
    void theNewPropertyWinsOverTheDeprecatedOne() {
        assertThat(OfficeName.resolve("县委县政府督查室", "区委督查室").name()).isEqualTo("县委县政府督查室");
        context.withPropertyValues("luoshi.office.name=县委县政府督查室", "luoshi.bulletins.issuer=区委督查室")
                .run(c -> assertThat(c.getBean(OfficeName.class).name()).isEqualTo("县委县政府督查室"));
    }

    @Test
    void theEnvironmentVariableSetsIt() {
        // LUOSHI_OFFICE_NAME is read as luoshi.office.name, as the operating system's environment is.
        context.withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("env", Map.of("LUOSHI_OFFICE_NAME", "旗委旗政府督查室"))))
                .run(c -> assertThat(c.getBean(OfficeName.class).name()).isEqualTo("旗委旗政府督查室"));
    }

    @Test
    void aBlankNameIsNotAName() {
        assertThatThrownBy(() -> new OfficeName(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
