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
    private static final java.util.concurrent.atomic.AtomicReference<List<String>> REGENCIES =
            new java.util.concurrent.atomic.AtomicReference<>();

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
     * A regency or city that no other test of this run has used, so that tests do not see each
     * other's data; the 514 of the country last for this many tests.
     */
    public String freshRegency() {
        List<String> codes = REGENCIES.updateAndGet(known -> known != null ? known : regencies());
        int next = NEXT_REGENCY.getAndIncrement();
        if (next >= codes.size()) {
            throw new IllegalStateException("More than " + codes.size() + " fresh regencies were asked for");
        }
        return codes.get(next);
    }

    private List<String> regencies() {
        String admin = adminToken();
        java.util.Set<String> provinces = new java.util.TreeSet<>();
        for (String query : List.of("q=kabupaten&type=REGENCY", "q=kota&type=CITY")) {
            get("/api/v1/regions?" + query + "&limit=1000", admin)
                    .json()
                    .forEach(region -> provinces.add(region.get("provinceCode").asString()));
        }
        List<String> codes = new java.util.ArrayList<>();
        for (String province : provinces) {
            get("/api/v1/regions/" + province + "/children", admin)
                    .json()
                    .forEach(region -> codes.add(region.get("code").asString()));
        }
        // Kabupaten Flores Timur and Kota Kupang are the demo regions.
        codes.removeAll(List.of("53.06", "53.71"));
        return List.copyOf(codes);
    }

    /** A masterplan of a fresh regency, created by a new user holding {@code role} there. */
    public record Plan(String region, String token, long id, String base) {}

    /**
     * Creates a masterplan titled "Masterplan " and the region code in a {@link #freshRegency()} for a
     * new user holding {@code role} there, and asserts that it was created.
     */
    public Plan newMasterplan(String role, int startYear, int horizonYears) {
        String region = freshRegency();
        String token = tokenFor(role, region);
        Response created = post(
                "/api/v1/masterplans",
                token,
                Map.of(
                        "regionCode",
                        region,
                        "startYear",
                        startYear,
                        "horizonYears",
                        horizonYears,
                        "title",
                        "Masterplan " + region));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        return new Plan(region, token, id, "/api/v1/masterplans/" + id);
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

    /** Posts one file as {@code multipart/form-data} in the part {@code file}. */
    public Response upload(String path, String token, String filename, byte[] content) {
        String boundary = "rancang-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** The raw bytes of a download (a spreadsheet, a PDF). */
    public byte[] download(String path, String token) {
        try {
            HttpResponse<byte[]> response =
                    client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
            Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
            withToken.put("_csrf", csrfToken(pageWithForm));
            return post(action, withToken, htmx);
        }

        /** The CSRF token that {@code pageWithForm} puts in its forms. */
        public String csrfToken(String pageWithForm) {
            return get(pageWithForm).html().select("meta[name=_csrf]").attr("content");
        }

        /**
         * Uploads one file in the part {@code file} as the page's form does: the CSRF token is read
         * from the hidden field of the form posting to {@code action}, and sent as a part.
         */
        public Response upload(String pageWithForm, String action, String filename, byte[] content) {
            Document page = get(pageWithForm).html();
            org.jsoup.nodes.Element form = page.selectFirst("form[action=" + action + "]");
            assertThat(form).as("a form posting to " + action).isNotNull();
            String csrf = form.select("input[name=_csrf]").val();
            String boundary = "rancang-" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            return send(
                    browser,
                    HttpRequest.newBuilder(URI.create(base + action))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build());
        }

        /** Posts the form fields as they are, with whatever CSRF token they hold (a stale one, a wrong one). */
        public Response post(String action, Map<String, String> fields, boolean htmx) {
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
                    request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
