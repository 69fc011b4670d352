package cn.luoshi.reminders;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local stand-in for a 钉钉/企业微信 group robot (JDK HttpServer on a free port): records what it receives and
 * answers as told — accepted, HTTP 500, a refusal with an errcode, or only after a long wait.
 */
final class RobotServer implements AutoCloseable {

    enum Mode { OK, ERROR_500, ERRCODE, SLOW }

    /** One request as received. */
    record Received(String path, String query, String body, long atNanos) {
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile Mode mode = Mode.OK;
    volatile long slowMillis = 5_000;

    RobotServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                    body, System.nanoTime()));
            Mode m = mode;
            if (m == Mode.SLOW) {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String answer = switch (m) {
                case ERROR_500 -> "internal error";
                case ERRCODE -> "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
                default -> "{\"errcode\":0,\"errmsg\":\"ok\"}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            try {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(m == Mode.ERROR_500 ? 500 : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                // the client gave up (timeout): nothing to answer
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
