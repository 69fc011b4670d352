package cn.luoshi.minsheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The public 民生实事 page while the database is away: the last publication read or published, from memory. */
class PublicMinshengTest {

    final MinshengService service = mock(MinshengService.class);
    final PublicMinsheng.Latest latest = new PublicMinsheng.Latest();
    final PublicMinsheng board = new PublicMinsheng(service, latest);

    static Publication publication(long id, int number) {
        return new Publication(id, number, Instant.parse("2026-11-20T02:30:00Z"), "督查室", LocalDate.of(2026, 11, 19),
                null, List.of());
    }

    static Publication.Summary summary(Publication p) {
        return new Publication.Summary(p.id(), p.number(), p.publishedAt(), p.publishedBy(), p.asOf(), p.figures());
    }

    @Test
    void theLastPublicationReadIsServedWhileTheDatabaseIsAway() {
        Publication third = publication(13, 3);
        when(service.latestSummary()).thenReturn(Optional.of(summary(third)));
        when(service.published(summary(third))).thenReturn(third);
        assertThat(board.published(board.latestSummary().orElseThrow())).isEqualTo(third);
        assertThat(board.published(summary(third))).as("frozen: read once").isEqualTo(third);
        verify(service, times(1)).published(summary(third));

        when(service.latestSummary()).thenThrow(new CannotGetJdbcConnectionException("数据库不可用"));
        Publication.Summary whileDown = board.latestSummary().orElseThrow();
        assertThat(whileDown.number()).isEqualTo(3);
        assertThat(board.published(whileDown)).isEqualTo(third);
    }

    @Test
    void aPublishedOneReplacesAnOlderOneButNotANewer() {
        latest.remember(publication(14, 4));
        latest.remember(publication(13, 3));
        assertThat(latest.get().number()).isEqualTo(4);
        latest.remember(publication(15, 5));
        assertThat(latest.get().number()).isEqualTo(5);
    }

    @Test
    void withNothingKeptOrAnotherErrorTheFailureStands() {
        when(service.latestSummary()).thenThrow(new CannotGetJdbcConnectionException("数据库不可用"));
        assertThatThrownBy(board::latestSummary).isInstanceOf(CannotGetJdbcConnectionException.class);

        latest.remember(publication(13, 3));
        MinshengService broken = mock(MinshengService.class);
        when(broken.latestSummary()).thenThrow(new BadSqlGrammarException("latest", "select", new java.sql.SQLException()));
        assertThatThrownBy(new PublicMinsheng(broken, latest)::latestSummary)
                .isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void afterARestartTheLatestIsReadAtStartSoAnOutageLaterStillHasIt() {
        Publication third = publication(13, 3);
        when(service.latestSummary()).thenReturn(Optional.of(summary(third)));
        when(service.published(summary(third))).thenReturn(third);
        board.warm();
        assertThat(latest.get()).isEqualTo(third);

        when(service.latestSummary()).thenThrow(new CannotGetJdbcConnectionException("数据库不可用"));
        assertThat(board.published(board.latestSummary().orElseThrow())).isEqualTo(third);
    }

    @Test
    void aFailedWarmUpDoesNotStopTheStart() {
        when(service.latestSummary()).thenThrow(new CannotGetJdbcConnectionException("数据库不可用"));
        board.warm();
        assertThat(latest.get()).isNull();
    }
}
