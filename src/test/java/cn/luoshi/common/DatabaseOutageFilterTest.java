package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** 503 「数据库暂时不可用」 from wherever below the failure came, JSON for the API, a page otherwise. */
class DatabaseOutageFilterTest {

    final DatabaseStatus status = new DatabaseStatus();
    final DatabaseOutageFilter filter = new DatabaseOutageFilter(status);

    MockHttpServletResponse run(String path, jakarta.servlet.Servlet servlet) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(servlet));
        return response;
    }

    static jakarta.servlet.Servlet failing(RuntimeException e) {
        return new jakarta.servlet.GenericServlet() {
            @Override
            public void service(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
                    throws ServletException {
                throw new ServletException(e);
            }
        };
    }

    static final jakarta.servlet.Servlet OK = new jakarta.servlet.GenericServlet() {
        @Override
        public void service(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200);
        }
    };

    @Test
    void aLoginThatCouldNotReadTheAccountIs503NotALoginError() throws Exception {
        MockHttpServletResponse r = run("/api/me", failing(new InternalAuthenticationServiceException("x",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new java.sql.SQLException("Connection refused", "08001")))));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getContentType()).startsWith("application/json");
        assertThat(r.getContentAsString()).contains("数据库暂时不可用，请稍后重试");
        assertThat(r.getHeader("Retry-After")).isEqualTo("5");
        assertThat(status.isUp()).isFalse();
    }

    @Test
    void whileAwayPagesAre503AtOnceButThePublicPageAndHealthPass() throws Exception {
        status.markDown(new java.sql.SQLException("Connection refused", "08001"));
        MockHttpServletResponse page = run("/tasks", OK);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("数据库暂时不可用，请稍后重试");
        assertThat(run("/public/minsheng", OK).getStatus()).isEqualTo(200);
        assertThat(run("/health/readiness", OK).getStatus()).isEqualTo(200);
        assertThat(run("/webjars/bootstrap/css/bootstrap.min.css", OK).getStatus()).isEqualTo(200);
    }

    @Test
    void otherFailuresAreNotTurnedInto503() {
        assertThatThrownBy(() -> run("/tasks", failing(new DataIntegrityViolationException("duplicate"))))
                .isInstanceOf(ServletException.class);
        assertThat(status.isUp()).isTrue();
    }
}
