package cn.luoshi.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny JSON client for the running server, signed in with HTTP Basic as one user. */
public final class Api {

    public static final String DEMO_PASSWORD = "luoshi2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;

    private Api(int port, String user, String password) {
        this.port = port;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** HTTP Basic with a password of the test's choosing (throttling, password changes). */
    public static Api basic(int port, String user, String password) {
        return new Api(port, user, password);
    }

    /** {@code Authorization: Bearer <token>} (personal API tokens). */
    public static Api bearer(int port, String token) {
        return new Api(port, "Bearer " + token);
    }

    public static Api as(int port, String user) {
        return new Api(port, user, user.equals("admin") ? "admin-test-pw" : DEMO_PASSWORD);
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    /** Status and parsed body (null when empty), with the response headers. */
    public record Response(int status, JsonNode body, String raw, java.net.http.HttpHeaders headers) {
        public long id() {
            return body.get("id").asLong();
        }

        public int version() {
            return body.get("version").asInt();
        }
    }

    public Response get(String path) {
        return send(base(path).GET());
    }

    /** GET with one extra request header (e.g. {@code HX-Request: true}, as htmx sends it). */
    public Response get(String path, String header, String value) {
        return send(base(path).header(header, value).GET());
    }

    public Response post(String path, Object body) {
        return send(base(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Response put(String path, Object body) {
        return send(base(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    /** A file for {@link #multipart}. */
    public record Upload(String name, byte[] content) {
    }

    /** A multipart/form-data POST with text fields and files under {@code files}. */
    public Response multipart(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "luoshi" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Upload u : files) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + u.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(u.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return send(base(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The raw bytes of a download, with its headers. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(base(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path) {
        return send(base(path).DELETE());
    }

    public static String json(Object o) {
        return JSON.writeValueAsString(o);
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        String s = body instanceof String str ? str : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder base(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = r.body();
            JsonNode node = raw == null || raw.isBlank() || !raw.trim().startsWith("{") && !raw.trim().startsWith("[")
                    ? null : JSON.readTree(raw);
            return new Response(r.statusCode(), node, raw, r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
