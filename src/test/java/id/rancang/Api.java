package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client for full-stack tests: the JSON API with bearer tokens, and pages with a session. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "password-for-tests";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NEXT_REGENCY = new AtomicInteger();

    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public Document html() {
            return Jsoup.parse(body);
        }
    }

    public String adminToken() {
        return token("admin", ADMIN_PASSWORD);
    }

    public String token(String username, String password) {
        Response response = post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("token").asString();
    }

    /** Creates a user with a unique name and the given role; returns the user name. */
    public String createUser(String prefix, String role, String regionCode) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken();
        Response created = post(
                "/api/v1/users",
                admin,
                Map.of("username", username, "password", PASSWORD, "displayName", "Pengguna " + prefix));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> membership =
                regionCode == null ? Map.of("role", role) : Map.of("regionCode", regionCode, "role", role);
        Response granted = post("/api/v1/users/" + username + "/memberships", admin, membership);
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        return username;
    }

    /** A token of a new user holding {@code role} in {@code regionCode} (null for global roles). */
    public String tokenFor(String role, String regionCode) {
        return token(createUser(role.toLowerCase().replace('_', '-'), role, regionCode), PASSWORD);
    }

    /**
     * A regency that no other test of this run has used, so that tests do not see each other's data.
     * The demo regency (53.06, whose masterplan the demo data test loads) is never handed out.
     */
    public String freshRegency() {
        JsonNode regencies = get("/api/v1/regions?q=kabupaten&type=REGENCY&limit=200", adminToken())
                .json();
        List<String> codes = new java.util.ArrayList<>();
        regencies.forEach(r -> codes.add(r.get("code").asString()));
        codes.remove("53.06");
        return codes.get(NEXT_REGENCY.getAndIncrement() % codes.size());
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    public Response postRaw(String path, String token, String body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "id");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        return send(client, request);
    }

    private static Response send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A browser-like session for the pages: cookies, form login and CSRF tokens. */
    public PageSession pages() {
        return new PageSession();
    }

    public final class PageSession {

        private final HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        public PageSession login(String username, String password) {
            Response response = submit("/login", "/login", Map.of("username", username, "password", password));
            assertThat(response.status()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return this;
        }

        public Response get(String path) {
            return send(
                    browser,
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        public Response getHtmx(String path) {
            return send(
                    browser,
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("HX-Request", "true")
                            .GET()
                            .build());
        }

        /** Reads the CSRF token from {@code pageWithForm}, then posts the form fields to {@code action}. */
        public Response submit(String pageWithForm, String action, Map<String, String> fields) {
            return submit(pageWithForm, action, fields, false);
        }

        /** Like {@link #submit}, as htmx sends it: the handler answers only the changed fragment. */
        public Response submitHtmx(String pageWithForm, String action, Map<String, String> fields) {
            return submit(pageWithForm, action, fields, true);
        }

        private Response submit(String pageWithForm, String action, Map<String, String> fields, boolean htmx) {
            Document page = get(pageWithForm).html();
            String csrf = page.select("meta[name=_csrf]").attr("content");
            String form = fields.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + action))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return send(
                    browser,
                    request.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf)))
                            .build());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
