package id.rancang.demo;

import id.rancang.analysis.Evidence;
import id.rancang.analysis.InitiativeCommand;
import id.rancang.analysis.InitiativeStatus;
import id.rancang.analysis.InitiativeType;
import id.rancang.analysis.Initiatives;
import id.rancang.analysis.IssueCommand;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.IssueOrigin;
import id.rancang.analysis.Issues;
import id.rancang.analysis.ProfileCommand;
import id.rancang.analysis.ProfileFigure;
import id.rancang.analysis.RatingsCommand;
import id.rancang.analysis.RatingsCommand.Rating;
import id.rancang.analysis.Readiness;
import id.rancang.analysis.RegionalProfiles;
import id.rancang.analysis.SwotCommand;
import id.rancang.analysis.SwotKind;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Buku 1 of the demo masterplan of Kabupaten Flores Timur: a plausible regional profile, readiness
 * ratings with SWOT items, problems, potentials and running initiatives, as an implementation team
 * would enter them during the first Bimtek stage. Figures are illustrative, not official.
 */
@Component
class DemoAnalysis {

    private final RegionalProfiles profiles;
    private final Readiness readiness;
    private final Issues issues;
    private final Initiatives initiatives;

    DemoAnalysis(RegionalProfiles profiles, Readiness readiness, Issues issues, Initiatives initiatives) {
        this.profiles = profiles;
        this.readiness = readiness;
        this.issues = issues;
        this.initiatives = initiatives;
    }

    void load(long masterplan) {
        profile(masterplan);
        readiness(masterplan);
        problems(masterplan);
        potentials(masterplan);
        initiatives(masterplan);
    }

    private void profile(long masterplan) {
        profiles.update(
                masterplan,
                new ProfileCommand(
                        287_510L,
                        new BigDecimal("1812.85"),
                        1_184_000_000_000L,
                        "Rendah",
                        2025,
                        2029,
                        "Flores Timur yang maju, sejahtera dan berdaya saing berbasis potensi maritim dan budaya",
                        List.of(
                                "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berbudaya",
                                "Mewujudkan tata kelola pemerintahan yang bersih, melayani dan berbasis digital",
                                "Mengembangkan ekonomi kerakyatan berbasis kelautan, pertanian dan pariwisata",
                                "Membangun infrastruktur yang merata antar pulau dan tangguh bencana"),
                        List.of(
                                "Perikanan dan kelautan",
                                "Perkebunan (kelapa, jambu mete, kakao)",
                                "Pariwisata religi dan bahari"),
                        List.of(
                                new ProfileFigure(
                                        "Persentase penduduk miskin",
                                        new BigDecimal("11.47"),
                                        "%",
                                        2024,
                                        "BPS Kabupaten Flores Timur"),
                                new ProfileFigure(
                                        "Indeks Pembangunan Manusia",
                                        new BigDecimal("66.9"),
                                        "indeks",
                                        2024,
                                        "BPS Kabupaten Flores Timur"),
                                new ProfileFigure(
                                        "Desa dengan sinyal 4G",
                                        new BigDecimal("71"),
                                        "%",
                                        2024,
                                        "Diskominfo Kabupaten Flores Timur"),
                                new ProfileFigure(
                                        "Indeks SPBE", new BigDecimal("2.41"), "indeks", 2023, "Kementerian PANRB")),
                        null));
    }

    private void readiness(long masterplan) {
        readiness.rate(
                masterplan,
                new RatingsCommand(List.of(
                        new Rating("struktur.sdm", 2, 4, "Pegawai berlatar TIK sedikit, tersebar di beberapa OPD"),
                        new Rating("struktur.anggaran", 2, 3, "Belanja TIK di bawah 1% APBD"),
                        new Rating("struktur.tata-kelola", 3, 4, "Tim Pelaksana Smart City sudah ditetapkan"),
                        new Rating("infrastruktur.fisik", 2, 4, "Konektivitas antar pulau bergantung pada kapal"),
                        new Rating("infrastruktur.digital", 2, 5, "Belum ada pusat data daerah; 29% desa tanpa 4G"),
                        new Rating("infrastruktur.sosial", 3, 4, "Komunitas budaya dan gereja kuat"),
                        new Rating(
                                "suprastruktur.kebijakan", 2, 4, "Perbup SPBE ada, masterplan belum berpayung hukum"),
                        new Rating("suprastruktur.kelembagaan", 3, 4, null),
                        new Rating("suprastruktur.tata-laksana", 2, 4, "SOP layanan digital belum seragam"))));
        swot(masterplan, "struktur.sdm", SwotKind.STRENGTH, "Aparatur muda antusias dengan layanan digital", null);
        swot(masterplan, "struktur.sdm", SwotKind.WEAKNESS, "Hanya 14 pegawai berlatar pendidikan TIK", null);
        swot(masterplan, "struktur.sdm", SwotKind.OPPORTUNITY, "Program Digital Talent Scholarship Komdigi", null);
        swot(masterplan, "struktur.anggaran", SwotKind.WEAKNESS, "Kapasitas fiskal rendah, PAD kecil", null);
        swot(masterplan, "struktur.anggaran", SwotKind.OPPORTUNITY, "Dana Alokasi Khusus dan CSR BUMN", "economy");
        swot(
                masterplan,
                "infrastruktur.digital",
                SwotKind.WEAKNESS,
                "Desa di Solor dan Adonara belum terjangkau 4G",
                "society");
        swot(masterplan, "infrastruktur.digital", SwotKind.OPPORTUNITY, "Pembangunan BTS BAKTI di daerah 3T", null);
        swot(masterplan, "infrastruktur.digital", SwotKind.THREAT, "Gangguan listrik saat cuaca buruk", null);
        swot(
                masterplan,
                "infrastruktur.fisik",
                SwotKind.THREAT,
                "Rawan bencana: erupsi Ile Lewotolok, banjir bandang",
                "environment");
        swot(
                masterplan,
                "infrastruktur.sosial",
                SwotKind.STRENGTH,
                "Tradisi gotong royong dan lembaga adat yang hidup",
                "society");
        swot(
                masterplan,
                "suprastruktur.kebijakan",
                SwotKind.STRENGTH,
                "Perbup tentang SPBE sudah terbit",
                "governance");
        swot(
                masterplan,
                "suprastruktur.kebijakan",
                SwotKind.WEAKNESS,
                "Belum ada Perbup satu data daerah",
                "governance");
        swot(
                masterplan,
                "suprastruktur.tata-laksana",
                SwotKind.WEAKNESS,
                "Proses bisnis layanan belum dipetakan",
                "governance");
    }

    private void swot(long masterplan, String subElement, SwotKind kind, String text, String dimension) {
        readiness.addSwot(masterplan, new SwotCommand(subElement, kind, text, dimension));
    }

    private void problems(long masterplan) {
        issue(
                masterplan,
                IssueKind.PROBLEM,
                "governance",
                "public-service",
                "Layanan administrasi kependudukan harus ke Larantuka",
                "Warga Adonara dan Solor menyeberang laut untuk mengurus KTP dan akta.",
                4,
                List.of("53.06.10", "53.06.07"),
                new Evidence("38% permohonan dari luar Pulau Flores", 2024, "Disdukcapil"),
                IssueOrigin.BIMTEK);
        issue(
                masterplan,
                IssueKind.PROBLEM,
                "living",
                "health",
                "Angka stunting masih tinggi",
                "Prevalensi stunting di atas rata-rata provinsi di beberapa kecamatan.",
                5,
                List.of("53.06.05", "53.06.13"),
                new Evidence("Prevalensi 21,4%", 2024, "SSGI"),
                IssueOrigin.TEAM);
        issue(
                masterplan,
                IssueKind.PROBLEM,
                "environment",
                "waste",
                "Sampah plastik di pesisir Larantuka",
                "Sampah terbawa arus menumpuk di pantai kota dan mengganggu nelayan.",
                3,
                List.of("53.06.03"),
                new Evidence("12 ton per hari, 40% terangkut", 2023, "DLH"),
                IssueOrigin.PUBLIC);
        issue(
                masterplan,
                IssueKind.PROBLEM,
                "living",
                "mobility",
                "Jadwal kapal antar pulau tidak pasti",
                "Informasi keberangkatan kapal motor dan feri tidak tersedia secara daring.",
                4,
                List.of("53.06.03", "53.06.06", "53.06.08"),
                null,
                IssueOrigin.BIMTEK);
        issue(
                masterplan,
                IssueKind.PROBLEM,
                "governance",
                "bureaucracy-management",
                "Data antar OPD tidak terintegrasi",
                "Setiap OPD memiliki aplikasi dan basis data sendiri.",
                4,
                List.of(),
                new Evidence("47 aplikasi, 5 terintegrasi", 2024, "Diskominfo"),
                IssueOrigin.TEAM);
    }

    private void potentials(long masterplan) {
        issue(
                masterplan,
                IssueKind.POTENTIAL,
                "branding",
                "tourism-branding",
                "Semana Santa Larantuka",
                "Prosesi Paskah berusia lima abad yang menarik puluhan ribu peziarah setiap tahun.",
                5,
                List.of("53.06.03"),
                new Evidence("±40.000 peziarah", 2024, "Dinas Pariwisata"),
                IssueOrigin.TEAM);
        issue(
                masterplan,
                IssueKind.POTENTIAL,
                "economy",
                "industry-ecosystem",
                "Perikanan tangkap tuna dan cakalang",
                "Perairan Laut Flores dan Selat Solor kaya ikan pelagis.",
                4,
                List.of("53.06.06", "53.06.03"),
                new Evidence("Produksi 18.000 ton", 2023, "Dinas Perikanan"),
                IssueOrigin.TEAM);
        issue(
                masterplan,
                IssueKind.POTENTIAL,
                "society",
                "community",
                "Komunitas Relawan TIK aktif",
                "Relawan TIK mendampingi desa dalam literasi digital.",
                3,
                List.of(),
                null,
                IssueOrigin.BIMTEK);
    }

    private void issue(
            long masterplan,
            IssueKind kind,
            String dimension,
            String subDimension,
            String title,
            String description,
            int severity,
            List<String> districts,
            Evidence evidence,
            IssueOrigin origin) {
        issues.create(
                masterplan,
                kind,
                new IssueCommand(
                        dimension, subDimension, title, description, severity, districts, evidence, origin, null));
    }

    private void initiatives(long masterplan) {
        initiative(
                masterplan,
                "Aplikasi SRIKANDI",
                "Persuratan dinas elektronik nasional",
                "SETDA",
                "governance",
                "bureaucracy-management",
                InitiativeType.APPLICATION,
                InitiativeStatus.OPERATIONAL,
                "Layanan naskah dinas");
        initiative(
                masterplan,
                "Mal Pelayanan Publik Larantuka",
                "Layanan perizinan dan kependudukan satu atap",
                "DPMPTSP",
                "governance",
                "public-service",
                InitiativeType.SERVICE,
                InitiativeStatus.OPERATIONAL,
                "Layanan perizinan berusaha");
        initiative(
                masterplan,
                "Jaringan intra pemerintah",
                "Serat optik antar kantor OPD di Larantuka",
                "DISKOMINFO",
                "governance",
                "bureaucracy-management",
                InitiativeType.INFRASTRUCTURE,
                InitiativeStatus.PILOT,
                null);
        initiative(
                masterplan,
                "Perbup Sistem Pemerintahan Berbasis Elektronik",
                null,
                "BAPPEDA",
                "governance",
                "public-policy",
                InitiativeType.POLICY,
                InitiativeStatus.OPERATIONAL,
                null);
        initiative(
                masterplan,
                "E-Puskesmas",
                "Rekam medis elektronik di puskesmas",
                "DINKES",
                "living",
                "health",
                InitiativeType.APPLICATION,
                InitiativeStatus.DEVELOPMENT,
                "Layanan kesehatan");
    }

    private void initiative(
            long masterplan,
            String name,
            String description,
            String office,
            String dimension,
            String subDimension,
            InitiativeType type,
            InitiativeStatus status,
            String spbeService) {
        initiatives.create(
                masterplan,
                new InitiativeCommand(
                        name, description, office, dimension, subDimension, type, status, spbeService, null));
    }
}
