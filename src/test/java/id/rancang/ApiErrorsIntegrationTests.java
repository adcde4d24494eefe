package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Whatever no handler answers still reaches an API caller as a problem document in their language. */
@IntegrationTest
class ApiErrorsIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = api.tokenFor("NATIONAL_COORDINATOR", null);
    }

    @Test
    void anUnknownAddressIsAProblemDocument() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/nope", "application/json", null, "id");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Alamat ini tidak ada.");
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsAProblemInTheCallersLanguage() throws Exception {
        HttpResponse<String> indonesian = send("PATCH", "/api/v1/masterplans", "application/json", "{}", "id");
        HttpResponse<String> english = send("PATCH", "/api/v1/masterplans", "application/json", "{}", "en");

        assertThat(indonesian.statusCode()).isEqualTo(405);
        assertThat(indonesian.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(indonesian.body()).contains("tidak menerima metode");
        assertThat(english.body()).contains("does not take that request method");
    }

    @Test
    void aContentTypeTheApiDoesNotReadIsNamedInTheCallersLanguage() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/masterplans", "text/plain", "x", "id");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body())
                .contains("Jenis isi permintaan tidak didukung")
                .doesNotContain("is not supported");
    }

    @Test
    void aMissingQueryValueNamesItsField() {
        Api.Response response = api.get("/api/v1/evaluations", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(response.body()).contains("Isian year wajib diisi.");
    }

    @Test
    void anUnknownPageIsTheErrorPageInTheReadersLanguage() {
        Api.PageSession session =
                api.pages().login(api.createUser("pembaca", "NATIONAL_COORDINATOR", null), Api.PASSWORD);

        Api.Response page = session.get("/halaman-tidak-ada");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("Tidak ditemukan");
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language)
                .header("Accept", type.equals("text/html") ? "text/html" : "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", type);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
