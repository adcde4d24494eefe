package id.rancang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class UserAndMembershipIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
    }

    @Test
    void systemAdministratorCreatesAUserAndGrantsARegionalRole() {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response created = api.post(
                "/api/v1/users",
                admin,
                Map.of("username", username, "password", Api.PASSWORD, "displayName", "Yosef Lamablawa"));
        Api.Response granted = api.post(
                "/api/v1/users/" + username + "/memberships", admin, Map.of("regionCode", "53.06", "role", "EDITOR"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        JsonNode me = api.get("/api/v1/me", api.token(username, Api.PASSWORD)).json();
        assertThat(me.get("displayName").asString()).isEqualTo("Yosef Lamablawa");
        assertThat(me.get("memberships").get(0).get("regionCode").asString()).isEqualTo("53.06");
        assertThat(me.get("memberships").get(0).get("role").asString()).isEqualTo("EDITOR");
    }

    @Test
    void globalRolesTakeNoRegionAndRegionalRolesNeedOne() {
        String username = api.createUser("coordinator", "NATIONAL_COORDINATOR", null);
        String path = "/api/v1/users/" + username + "/memberships";

        Api.Response globalWithRegion = api.post(path, admin, Map.of("regionCode", "53.06", "role", "SYSTEM_ADMIN"));
        Api.Response regionalWithout = api.post(path, admin, Map.of("role", "VIEWER"));
        Api.Response province = api.post(path, admin, Map.of("regionCode", "53", "role", "VIEWER"));
        Api.Response unknownRole = api.postRaw(path, admin, "{\"regionCode\":\"53.06\",\"role\":\"MAYOR\"}");

        assertThat(globalWithRegion.status()).isEqualTo(422);
        assertThat(regionalWithout.status()).isEqualTo(422);
        assertThat(province.status()).isEqualTo(422);
        assertThat(fields(province.json())).containsExactly("regionCode");
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(fields(unknownRole.json())).containsExactly("role");
    }

    @Test
    void anExpertHasOneMembershipPerAssignedRegion() {
        String username = api.createUser("expert", "EXPERT", "53.06");

        assertThat(api.post(
                                "/api/v1/users/" + username + "/memberships",
                                admin,
                                Map.of("regionCode", "53.71", "role", "EXPERT"))
                        .status())
                .isEqualTo(201);

        JsonNode memberships =
                api.get("/api/v1/users/" + username, admin).json().get("memberships");
        assertThat(memberships).hasSize(2);
    }

    @Test
    void refusesADuplicateUserNameAndNamesInvalidFields() {
        String username = api.createUser("twice", "VIEWER", "53.06");

        Api.Response duplicate = api.post(
                "/api/v1/users", admin, Map.of("username", username, "password", Api.PASSWORD, "displayName", "X"));
        Api.Response invalid =
                api.post("/api/v1/users", admin, Map.of("username", "A B", "password", "short", "displayName", ""));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).contains("username", "password", "displayName");
    }

    @Test
    void onlyAdministratorsManageUsers() {
        String editor = api.tokenFor("EDITOR", "53.06");

        assertThat(api.get("/api/v1/users", editor).status()).isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/users",
                                editor,
                                Map.of("username", "sneaky", "password", Api.PASSWORD, "displayName", "S"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void regionAdministratorGrantsRolesOnlyInTheirRegion() {
        String region = api.freshRegency();
        String regionAdmin = api.tokenFor("REGION_ADMIN", region);
        String username = api.createUser("staff", "VIEWER", region);
        String path = "/api/v1/users/" + username + "/memberships";

        assertThat(api.post(path, regionAdmin, Map.of("regionCode", region, "role", "EDITOR"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(path, regionAdmin, Map.of("role", "SYSTEM_ADMIN")).status())
                .isEqualTo(403);
        assertThat(api.post(path, regionAdmin, Map.of("regionCode", "53.71", "role", "EDITOR"))
                        .status())
                .isIn(403, 404);
    }

    @Test
    void revokingAMembershipTakesEffectAtOnce() {
        String region = api.freshRegency();
        String username = api.createUser("revoked", "EDITOR", region);
        String token = api.token(username, Api.PASSWORD);
        assertThat(api.get("/api/v1/regions/" + region + "/offices", token).status())
                .isEqualTo(200);
        long membership = api.get("/api/v1/users/" + username, admin)
                .json()
                .get("memberships")
                .get(0)
                .get("id")
                .asLong();

        assertThat(api.delete("/api/v1/users/" + username + "/memberships/" + membership, admin)
                        .status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/regions/" + region + "/offices", token).status())
                .isEqualTo(404);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnTheAccountPage() {
        String username = api.createUser("changer", "VIEWER", "53.06");
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        Api.Response wrong = session.submit(
                "/account",
                "/account/password",
                Map.of(
                        "currentPassword",
                        "not-my-password",
                        "newPassword",
                        "a-new-password-1",
                        "confirmation",
                        "a-new-password-1"));
        Api.Response changed = session.submit(
                "/account",
                "/account/password",
                Map.of(
                        "currentPassword",
                        Api.PASSWORD,
                        "newPassword",
                        "a-new-password-1",
                        "confirmation",
                        "a-new-password-1"));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().select("#currentPassword-error").text()).isEqualTo("Kata sandi saat ini salah.");
        assertThat(changed.status()).isIn(200, 302);
        assertThat(api.token(username, "a-new-password-1")).isNotBlank();
    }

    @Test
    void userAdministrationPageListsUsersAndGrantsMemberships() {
        String username = api.createUser("listed", "VIEWER", "53.06");
        Api.PageSession session = api.pages().login("admin", Api.ADMIN_PASSWORD);

        assertThat(session.get("/admin/users").html().select("table").text()).contains(username);
        Api.Response granted = session.submit(
                "/admin/users/" + username,
                "/admin/users/" + username + "/memberships",
                Map.of("regionCode", "53.71", "role", "REVIEWER"));

        assertThat(granted.status()).isIn(200, 302);
        assertThat(session.get("/admin/users/" + username).body()).contains("53.71", "Penelaah");
    }

    @Test
    void aRegionAdministratorSeesOnlyTheUsersOfTheirRegionsAndTheNationalAdministratorSeesAll() {
        String region = api.freshRegency();
        String regionAdminName = api.createUser("admin-daerah", "REGION_ADMIN", region);
        String regionAdmin = api.token(regionAdminName, Api.PASSWORD);
        String member = api.createUser("anggota", "VIEWER", region);
        String outsider = api.createUser("luar", "EDITOR", "53.06");

        assertThat(api.get("/api/v1/users/" + member, regionAdmin).status()).isEqualTo(200);
        Api.Response other = api.get("/api/v1/users/" + outsider, regionAdmin);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Pengguna luar", "53.06");
        assertThat(api.get("/api/v1/users/admin", regionAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + outsider, admin).status()).isEqualTo(200);

        Api.PageSession pages = api.pages().login(regionAdminName, Api.PASSWORD);
        assertThat(pages.get("/admin/users/" + member).status()).isEqualTo(200);
        Api.Response otherPage = pages.get("/admin/users/" + outsider);
        assertThat(otherPage.status()).isEqualTo(404);
        assertThat(otherPage.body()).doesNotContain("Pengguna luar");
        assertThat(pages.get("/admin/users/admin").status()).isEqualTo(404);
    }

    @Test
    void aRegionAdministratorSeesOnlyTheControlsTheyMayUseOnAMembersPage() {
        String region = api.freshRegency();
        String regionAdminName = api.createUser("admin-daerah", "REGION_ADMIN", region);
        String member = api.createUser("anggota", "VIEWER", region);
        assertThat(api.post(
                                "/api/v1/users/" + member + "/memberships",
                                admin,
                                Map.of("regionCode", "53.06", "role", "EDITOR"))
                        .status())
                .isEqualTo(201);
        JsonNode memberships = api.get("/api/v1/users/" + member, admin).json().get("memberships");
        long inTheirRegion = membershipId(memberships, region);
        long elsewhere = membershipId(memberships, "53.06");

        Api.PageSession regionAdmin = api.pages().login(regionAdminName, Api.PASSWORD);
        Document page = regionAdmin.get("/admin/users/" + member).html();

        assertThat(page.select(".breadcrumb a[href=/admin/users]").text())
                .as("the members of their regions, not the list of every user")
                .isEqualTo("Anggota wilayah");
        assertThat(page.select("#role option").eachAttr("value"))
                .contains("EDITOR", "VIEWER", "REGION_ADMIN")
                .doesNotContain("SYSTEM_ADMIN", "NATIONAL_COORDINATOR", "EXPERT");
        assertThat(page.select("select#regionCode option").eachAttr("value")).containsExactly(region);
        assertThat(page.select("form[action$=/enabled]")).isEmpty();
        assertThat(page.select("form[action$=/password]")).isEmpty();
        assertThat(revokeForms(page))
                .containsExactly("/admin/users/" + member + "/memberships/" + inTheirRegion + "/delete");

        Document asSystemAdmin = api.pages()
                .login("admin", Api.ADMIN_PASSWORD)
                .get("/admin/users/" + member)
                .html();
        assertThat(asSystemAdmin.select(".breadcrumb a[href=/admin/users]").text())
                .isEqualTo("Pengguna");
        assertThat(asSystemAdmin.select("#role option").eachAttr("value")).contains("SYSTEM_ADMIN", "EXPERT");
        assertThat(asSystemAdmin.select("input#regionCode")).isNotEmpty();
        assertThat(asSystemAdmin.select("form[action$=/enabled]")).isNotEmpty();
        assertThat(asSystemAdmin.select("form[action$=/password]")).isNotEmpty();
        assertThat(revokeForms(asSystemAdmin))
                .containsExactlyInAnyOrder(
                        "/admin/users/" + member + "/memberships/" + inTheirRegion + "/delete",
                        "/admin/users/" + member + "/memberships/" + elsewhere + "/delete");
        Api.Response granted = regionAdmin.submit(
                "/admin/users/" + member,
                "/admin/users/" + member + "/memberships",
                Map.of("regionCode", region, "role", "EDITOR"));
        assertThat(granted.status()).as("the form as offered works").isEqualTo(302);
    }

    @Test
    void aRegionAdministratorListsTheMembersOfTheirRegionAndCreatesANewMemberWithTheirFirstRole() {
        String region = api.freshRegency();
        String regionAdminName = api.createUser("admin-daerah", "REGION_ADMIN", region);
        String member = api.createUser("anggota", "EDITOR", region);
        String outsider = api.createUser("orang-lain", "EDITOR", api.freshRegency());
        Api.PageSession regionAdmin = api.pages().login(regionAdminName, Api.PASSWORD);

        Document list = regionAdmin.get("/admin/users").html();
        assertThat(list.select("h1").text()).isEqualTo("Anggota wilayah");
        assertThat(list.select("nav a[href=/admin/users]"))
                .as("the menu leads there")
                .isNotEmpty();
        assertThat(list.select("table a").eachText())
                .contains(regionAdminName, member)
                .doesNotContain(outsider);
        assertThat(list.select("select#regionCode option").eachAttr("value")).containsExactly(region);
        assertThat(list.select("select#role option").eachAttr("value")).doesNotContain("SYSTEM_ADMIN");

        String newcomer = "baru-" + region.replace(".", "");
        Map<String, String> form = Map.of(
                "username", newcomer, "displayName", "Staf Baru", "password", Api.PASSWORD, "regionCode", region);
        Api.Response withoutRole = regionAdmin.submit("/admin/users", "/admin/users", form);
        assertThat(withoutRole.status()).isEqualTo(422);
        assertThat(withoutRole.html().select("#role-error").text()).contains("Peran wajib dipilih");
        assertThat(api.get("/api/v1/users/" + newcomer, admin).status())
                .as("nothing is created without a role")
                .isEqualTo(404);

        Map<String, String> withRole = new java.util.HashMap<>(form);
        withRole.put("role", "EDITOR");
        Api.Response created = regionAdmin.submit("/admin/users", "/admin/users", withRole);
        assertThat(created.status()).isEqualTo(302);
        Document page = regionAdmin
                .get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .html();
        assertThat(page.select("h1").text()).isEqualTo("Staf Baru");
        assertThat(page.select("main").text()).contains("Pengguna telah dibuat.", region);
        assertThat(api.get("/api/v1/users", admin).json().toString()).contains(newcomer);
    }

    @Test
    void theSystemAdministratorIsNotOfferedToRevokeTheirOwnAdministration() {
        Document page = api.pages()
                .login("admin", Api.ADMIN_PASSWORD)
                .get("/admin/users/admin")
                .html();

        long administration = 0;
        for (JsonNode membership : api.get("/api/v1/users/admin", admin).json().get("memberships")) {
            if (membership.get("role").asString().equals("SYSTEM_ADMIN")) {
                administration = membership.get("id").asLong();
            }
        }
        assertThat(page.select(".memberships").text()).contains("Administrator sistem");
        assertThat(revokeForms(page)).doesNotContain("/admin/users/admin/memberships/" + administration + "/delete");
    }

    private static long membershipId(JsonNode memberships, String regionCode) {
        for (JsonNode membership : memberships) {
            if (regionCode.equals(membership.get("regionCode").asString())) {
                return membership.get("id").asLong();
            }
        }
        throw new AssertionError("no membership in " + regionCode + ": " + memberships);
    }

    private static List<String> revokeForms(Document page) {
        return page.select(".memberships form").eachAttr("action");
    }

    @Test
    void aMembershipWithARoleThatDoesNotExistIsRefusedNamingTheRole() {
        String username = api.createUser("tanpa-peran", "VIEWER", "53.06");
        Api.PageSession session = api.pages().login("admin", Api.ADMIN_PASSWORD);

        Api.Response onPage = session.submit(
                "/admin/users/" + username,
                "/admin/users/" + username + "/memberships",
                Map.of("regionCode", "53.71", "role", "KING"));
        assertThat(onPage.status()).isEqualTo(422);
        assertThat(onPage.html().select("#role-error").text()).isEqualTo("Peran wajib dipilih dari daftar.");
        assertThat(onPage.html().select("#regionCode").attr("value")).isEqualTo("53.71");

        Api.Response inApi = api.post(
                "/api/v1/users/" + username + "/memberships", admin, Map.of("regionCode", "53.71", "role", "KING"));
        assertThat(inApi.status()).as(inApi.body()).isEqualTo(422);
        assertThat(fields(inApi.json())).containsExactly("role");
        Api.Response withoutRole =
                api.post("/api/v1/users/" + username + "/memberships", admin, Map.of("regionCode", "53.71"));
        assertThat(withoutRole.status()).as(withoutRole.body()).isEqualTo(422);
        assertThat(fields(withoutRole.json())).containsExactly("role");
        assertThat(api.get("/api/v1/users/" + username, admin).json().get("memberships"))
                .hasSize(1);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
