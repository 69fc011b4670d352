package cn.luoshi.reminders;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP (电子邮件). The server is {@code luoshi.reminders.mail.*}, else Spring Boot's
 * {@code spring.mail.*}; with neither, e-mail is off and no e-mail deliveries are created.
 */
@Component
class MailChannel {

    static final String SENDER_NAME = "落实督查督办";

    private final JavaMailSender sender;
    private final String from;
    private final String server;

    @Autowired
    MailChannel(ReminderProperties props, ObjectProvider<JavaMailSender> boot, Environment env) {
        ReminderProperties.Mail m = props.mail();
        if (!m.host().isBlank()) {
            this.sender = sender(m.host(), m.port(), m.username(), m.password(), m.starttls(), m.timeout());
            this.server = m.host() + ":" + m.port();
            this.from = fromAddress(m.from(), m.username());
        } else {
            this.sender = boot.getIfAvailable();
            this.server = env.getProperty("spring.mail.host", "") + ":" + env.getProperty("spring.mail.port", "25");
            this.from = fromAddress(m.from(), env.getProperty("spring.mail.username", ""));
        }
    }

    MailChannel(JavaMailSender sender, String from, String server) {
        this.sender = sender;
        this.from = from;
        this.server = server;
    }

    /** A sender for {@code host:port} with timeouts, authentication when a user name is given, STARTTLS if asked. */
    static JavaMailSenderImpl sender(String host, int port, String username, String password, boolean starttls,
            Duration timeout) {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost(host);
        s.setPort(port);
        s.setDefaultEncoding("UTF-8");
        if (username != null && !username.isBlank()) {
            s.setUsername(username);
            s.setPassword(password);
        }
        Properties p = s.getJavaMailProperties();
        String ms = String.valueOf(timeout.toMillis());
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        p.put("mail.smtp.auth", String.valueOf(username != null && !username.isBlank()));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        return s;
    }

    private static String fromAddress(String configured, String username) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return username != null && username.contains("@") ? username : "luoshi@localhost";
    }

    boolean enabled() {
        return sender != null;
    }

    String server() {
        return server;
    }

    /** One e-mail. */
    record Mail(String to, String subject, String body) {
    }

    /**
     * How a batch went: per mail null (sent) or why not, in Chinese; {@code unreachable} when the server could not
     * be reached at all (the round stops and the rest wait for the next one).
     */
    record Result(List<String> errors, boolean unreachable) {
    }

    /** Sends the mails over one connection. */
    Result send(List<Mail> mails) {
        List<String> errors = new ArrayList<>(Arrays.asList(new String[mails.size()]));
        if (mails.isEmpty()) {
            return new Result(errors, false);
        }
        MimeMessage[] messages = new MimeMessage[mails.size()];
        for (int i = 0; i < mails.size(); i++) {
            try {
                messages[i] = message(mails.get(i));
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                return new Result(all(mails.size(), "邮件内容无法生成：" + e.getMessage()), false);
            }
        }
        try {
            sender.send(messages);
            return new Result(errors, false);
        } catch (MailAuthenticationException e) {
            return new Result(all(mails.size(), "邮件服务器拒绝登录（用户名或密码不正确）"), true);
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            boolean unreachable = failed.size() == messages.length && connectionProblem(e);
            for (int i = 0; i < messages.length; i++) {
                Exception why = failed.get(messages[i]);
                if (why != null) {
                    errors.set(i, describe(why));
                }
            }
            if (failed.isEmpty()) {
                return new Result(all(mails.size(), describe(e)), connectionProblem(e));
            }
            return new Result(errors, unreachable);
        } catch (MailException e) {
            return new Result(all(mails.size(), describe(e)), true);
        }
    }

    private MimeMessage message(Mail m) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from, SENDER_NAME);
        helper.setTo(m.to());
        helper.setSubject(m.subject());
        helper.setText(m.body(), false);
        return message;
    }

    private static List<String> all(int n, String error) {
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(error);
        }
        return l;
    }

    private static boolean connectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof UnknownHostException || t instanceof AuthenticationFailedException
                    || (t.getMessage() != null && t.getMessage().contains("connection failed"))) {
                return true;
            }
        }
        return false;
    }

    /** Why a mail was not sent, in Chinese. */
    String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "无法连接邮件服务器 " + server + "（连接被拒绝）";
            }
            if (t instanceof SocketTimeoutException) {
                return "邮件服务器 " + server + " 响应超时";
            }
            if (t instanceof UnknownHostException) {
                return "找不到邮件服务器 " + server;
            }
            if (t instanceof AuthenticationFailedException) {
                return "邮件服务器拒绝登录（用户名或密码不正确）";
            }
            if (t instanceof SendFailedException s && t.getCause() == null) {
                return "邮件服务器拒收：" + s.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "邮件发送失败：" + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip());
    }
}
