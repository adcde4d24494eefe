package id.rancang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuditPagesIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String token;
    Api.PageSession session;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        String admin = api.createUser("audit-admin", "REGION_ADMIN", region);
        token = api.token(admin, Api.PASSWORD);
        session = api.pages().login(admin, Api.PASSWORD);
    }

    @Test
    void pagesFiftyEntriesAtATimeAndTheLinksKeepTheFilters() {
        for (int i = 1; i <= 60; i++) {
            Api.Response created = api.post(
                    "/api/v1/regions/" + region + "/offices", token, Map.of("code", "OPD" + i, "name", "OPD " + i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        String audit = "/regions/" + region + "/audit";

        Document first = session.get(audit + "?type=office&action=CREATED").html();
        assertThat(first.select("tbody tr")).hasSize(50);
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(audit + "?type=office&action=CREATED&page=1");
        assertThat(first.select("tbody tr .code.muted").first().text()).isEqualTo("OPD60");

        Document second = session.get(first.select("a[rel=next]").attr("href")).html();
        assertThat(second.select("tbody tr")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(second.select("tbody tr .code.muted").eachText())
                .contains("OPD1")
                .doesNotContain("OPD60");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo(audit + "?type=office&action=CREATED");
        assertThat(second.select("#type option[selected]").val()).isEqualTo("office");
        assertThat(second.select("#action option[selected]").val()).isEqualTo("CREATED");

        Document all = session.get(audit).html();
        assertThat(all.select("tbody tr")).hasSize(50);
        assertThat(all.select("a[rel=next]").attr("href")).isEqualTo(audit + "?page=1");
    }

    @Test
    void namesEntityTypesInTheReadersLanguageAndListsChangedFields() {
        String office = "/api/v1/regions/" + region + "/offices/DLH";
        long version = api.get(office, token).json().get("version").asLong();
        assertThat(api.put(
                                office,
                                token,
                                Map.of("code", "DLH", "name", "Dinas Lingkungan Hidup Baru", "version", version))
                        .status())
                .isEqualTo(200);

        Document page = session.get("/regions/" + region + "/audit?type=office&action=UPDATED")
                .html();

        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody tr .entity-type").text()).isEqualTo("OPD");
        assertThat(page.select("#type option[value=office]").text()).isEqualTo("OPD");
        assertThat(page.select("#type option[value=membership]").text()).isEqualTo("Keanggotaan");
        assertThat(page.select("tbody tr .changes li").eachText())
                .contains("nama: Dinas Lingkungan Hidup → menjadi Dinas Lingkungan Hidup Baru")
                .anyMatch(change -> change.startsWith("versi: 0 → menjadi 1"));
        assertThat(page.select("tbody tr").text()).doesNotContain("{", "\"name\"");

        Document english = session.get("/regions/" + region + "/audit?type=office&action=UPDATED&lang=en")
                .html();
        assertThat(english.select("tbody tr .entity-type").text()).isEqualTo("Office (OPD)");
        assertThat(english.select("tbody tr .changes li").eachText())
                .contains("name: Dinas Lingkungan Hidup → becomes Dinas Lingkungan Hidup Baru");
    }
}
