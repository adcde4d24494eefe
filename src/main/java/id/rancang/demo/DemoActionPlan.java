package id.rancang.demo;

import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import id.rancang.programme.CriteriaCommand;
import id.rancang.programme.FundingSource;
import id.rancang.programme.InnovationType;
import id.rancang.programme.Prioritisation;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.Programmes;
import id.rancang.programme.QuickWin;
import id.rancang.strategy.AlignmentItemCommand;
import id.rancang.strategy.AlignmentKind;
import id.rancang.strategy.Alignments;
import id.rancang.strategy.Direction;
import id.rancang.strategy.Goal;
import id.rancang.strategy.GoalCommand;
import id.rancang.strategy.Goals;
import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.Indicators;
import id.rancang.strategy.VisionCommand;
import id.rancang.strategy.Visions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo regency's strategy and action plan: a vision with missions, two goals per GMSC
 * dimension each measured by an indicator, forty programmes with yearly costs, prerequisites and
 * one quick win per dimension, the problems of the analysis they answer, the RPJMD goals they
 * support, and AHP criteria with scores. It passes its own quality check.
 */
@Component
class DemoActionPlan {

    private static final long MILLION = 1_000_000L;

    private final Visions visions;
    private final Goals goals;
    private final Indicators indicators;
    private final Programmes programmes;
    private final Prioritisation prioritisation;
    private final Alignments alignments;
    private final Issues issues;

    DemoActionPlan(
            Visions visions,
            Goals goals,
            Indicators indicators,
            Programmes programmes,
            Prioritisation prioritisation,
            Alignments alignments,
            Issues issues) {
        this.alignments = alignments;
        this.issues = issues;
        this.visions = visions;
        this.goals = goals;
        this.indicators = indicators;
        this.programmes = programmes;
        this.prioritisation = prioritisation;
    }

    /** A goal with the indicator that measures it: baseline in 2025 and the value aimed at in 2035. */
    private record GoalSpec(
            String dimension,
            String statement,
            String target,
            String strategy,
            String catalogueCode,
            String indicatorName,
            String unit,
            Direction direction,
            double baseline,
            double aim,
            String source) {}

    /** A programme; costs in millions of rupiah per execution year; scores in criteria order. */
    private record ProgrammeSpec(
            String code,
            String dimension,
            String subDimension,
            String owner,
            List<String> supporting,
            String name,
            String innovation,
            InnovationType type,
            int start,
            long[] costsInMillions,
            FundingSource funding,
            int goal,
            List<String> dependsOn,
            QuickWin quickWin,
            String scores) {}

    /** The programmes that answer each problem of the demo analysis (see DemoAnalysis), by its title. */
    private static final Map<String, List<String>> PROBLEM_ANSWERS = Map.of(
            "Layanan administrasi kependudukan harus ke Larantuka", List.of("GOV-02", "GOV-03"),
            "Angka stunting masih tinggi", List.of("LIV-01", "LIV-02", "LIV-07"),
            "Sampah plastik di pesisir Larantuka", List.of("ENV-01", "ENV-02", "ENV-03"),
            "Jadwal kapal antar pulau tidak pasti", List.of("LIV-04", "LIV-05", "BRD-06"),
            "Data antar OPD tidak terintegrasi", List.of("GOV-01", "GOV-06", "GOV-07"));

    private static final List<GoalSpec> GOALS = List.of(
            new GoalSpec(
                    "governance",
                    "Meningkatkan kualitas dan kecepatan pelayanan publik melalui layanan digital terpadu",
                    "Sebagian besar layanan perizinan dan kependudukan dapat diajukan secara daring",
                    "Mengintegrasikan layanan OPD dalam satu portal dan memperluas layanan jemput bola",
                    "37122:10.2",
                    null,
                    null,
                    null,
                    18,
                    80,
                    "DPMPTSP dan Diskominfo"),
            new GoalSpec(
                    "governance",
                    "Mewujudkan tata kelola pemerintahan berbasis data dan SPBE yang terintegrasi",
                    "Indeks SPBE naik ke predikat baik",
                    "Satu Data Flores Timur, aplikasi umum SPBE dan perencanaan-penganggaran terintegrasi",
                    null,
                    "Indeks SPBE Kabupaten Flores Timur",
                    "indeks (1–5)",
                    Direction.HIGHER_IS_BETTER,
                    2.1,
                    3.6,
                    "Hasil evaluasi SPBE Kementerian PANRB"),
            new GoalSpec(
                    "branding",
                    "Meningkatkan kunjungan wisata melalui promosi digital destinasi bahari dan budaya Lamaholot",
                    "Kunjungan wisatawan meningkat dua setengah kali lipat",
                    "Promosi terpadu Semana Santa, festival budaya dan wisata bahari Solor–Adonara",
                    null,
                    "Jumlah kunjungan wisatawan",
                    "kunjungan per tahun",
                    Direction.HIGHER_IS_BETTER,
                    38_000,
                    95_000,
                    "Dinas Pariwisata"),
            new GoalSpec(
                    "branding",
                    "Memperkuat citra produk unggulan daerah: tenun ikat, kopi, mete dan hasil laut",
                    "Produk unggulan bermerek daerah dan bersertifikat",
                    "Sertifikasi, kemasan dan katalog digital produk lokal",
                    null,
                    "Produk unggulan bersertifikat dan bermerek daerah",
                    "produk",
                    Direction.HIGHER_IS_BETTER,
                    12,
                    80,
                    "Dinas Perindustrian dan Perdagangan"),
            new GoalSpec(
                    "economy",
                    "Meningkatkan daya saing UMKM dan nelayan melalui pemasaran dan transaksi digital",
                    "Lebih dari separuh UMKM memasarkan produknya secara daring",
                    "Pendampingan pemasaran digital, pembayaran non-tunai dan rantai dingin hasil laut",
                    null,
                    "UMKM yang memanfaatkan pemasaran digital",
                    "% UMKM",
                    Direction.HIGHER_IS_BETTER,
                    12,
                    60,
                    "Survei UMKM Dinas Perindustrian dan Perdagangan"),
            new GoalSpec(
                    "economy",
                    "Menurunkan kemiskinan melalui pemberdayaan ekonomi desa dan bantuan tepat sasaran",
                    "Persentase penduduk miskin turun di bawah 8 %",
                    "Data terpadu kesejahteraan sosial, BUMDes dan akses pembiayaan usaha mikro",
                    "37120:5.3",
                    null,
                    null,
                    null,
                    11.9,
                    7.5,
                    "BPS Kabupaten Flores Timur"),
            new GoalSpec(
                    "living",
                    "Meningkatkan akses dan mutu layanan kesehatan dan air minum hingga desa dan pulau",
                    "Setiap warga memiliki rekam kesehatan elektronik yang dapat diakses puskesmas dan rumah sakit",
                    "Rekam medis elektronik, telekonsultasi untuk pulau dan air minum terpantau",
                    "37122:11.1",
                    null,
                    null,
                    null,
                    5,
                    80,
                    "Dinas Kesehatan"),
            new GoalSpec(
                    "living",
                    "Meningkatkan keterhubungan transportasi darat dan laut antarpulau",
                    "Semua lintasan penyeberangan memiliki informasi jadwal waktu nyata",
                    "Informasi jadwal dan tiket daring penyeberangan Larantuka–Adonara–Solor–Lembata",
                    null,
                    "Lintasan penyeberangan dengan informasi jadwal waktu nyata",
                    "% lintasan",
                    Direction.HIGHER_IS_BETTER,
                    0,
                    100,
                    "Dinas Perhubungan"),
            new GoalSpec(
                    "society",
                    "Memperluas akses internet dan literasi digital masyarakat hingga desa",
                    "Sebagian besar rumah tangga memiliki akses internet",
                    "Wi-Fi publik desa, perluasan jaringan bersama BAKTI dan gerakan literasi digital",
                    "EC:ICT:ICT:1C",
                    null,
                    null,
                    null,
                    38,
                    85,
                    "Susenas BPS"),
            new GoalSpec(
                    "society",
                    "Meningkatkan kesiapsiagaan masyarakat terhadap bencana erupsi, banjir dan gelombang tinggi",
                    "Separuh desa menjadi desa tangguh bencana",
                    "Peringatan dini terpadu dan desa tangguh bencana berbasis data",
                    null,
                    "Desa tangguh bencana",
                    "desa",
                    Direction.HIGHER_IS_BETTER,
                    24,
                    125,
                    "Badan Penanggulangan Bencana Daerah"),
            new GoalSpec(
                    "environment",
                    "Mengurangi sampah yang terbuang ke laut dan meningkatkan daur ulang",
                    "Sepertiga sampah kota didaur ulang",
                    "Bank sampah digital, pengangkutan terjadwal dan gerakan pantai bersih",
                    "37120:16.3",
                    null,
                    null,
                    null,
                    4,
                    30,
                    "Dinas Lingkungan Hidup"),
            new GoalSpec(
                    "environment",
                    "Meningkatkan pemanfaatan energi terbarukan dan efisiensi penerangan jalan",
                    "Penerangan jalan umum dikelola sistem pintar bertenaga surya",
                    "PJU tenaga surya pintar dan PLTS atap gedung pemerintah",
                    "37122:7.4",
                    null,
                    null,
                    null,
                    0,
                    60,
                    "Dinas Pekerjaan Umum dan Penataan Ruang"));

    private static final String IMPACT_HIGH = "545444";

    private static final List<ProgrammeSpec> PROGRAMMES = List.of(
            p(
                    "GOV-01",
                    "governance",
                    "bureaucracy-management",
                    "DISKOMINFO",
                    "BAPPEDA",
                    "Pusat Data Daerah dan Satu Data Flores Timur",
                    "Satu portal data dengan walidata di setiap OPD",
                    InnovationType.ICT,
                    2026,
                    new long[] {1500, 1000},
                    FundingSource.APBD,
                    1,
                    List.of(),
                    null,
                    "444344"),
            p(
                    "GOV-02",
                    "governance",
                    "public-service",
                    "DPMPTSP",
                    "DISKOMINFO,DISDUKCAPIL",
                    "Portal Layanan Publik Terpadu Lewo Melayani",
                    "Permohonan izin dan layanan OPD dalam satu akun warga",
                    InnovationType.ICT,
                    2027,
                    new long[] {900, 600},
                    FundingSource.APBD,
                    0,
                    List.of("GOV-07"),
                    null,
                    "544345"),
            p(
                    "GOV-03",
                    "governance",
                    "public-service",
                    "DISDUKCAPIL",
                    "DISKOMINFO,DPMD",
                    "Layanan Adminduk Keliling Digital ke Desa dan Pulau",
                    "Mobil dan perahu layanan kependudukan dengan cetak dokumen di tempat",
                    InnovationType.POLICY,
                    2026,
                    new long[] {350},
                    FundingSource.APBD,
                    0,
                    List.of(),
                    new QuickWin(
                            "Dukcapil Jemput Bola Lamaholot",
                            "Warga desa terpencil dan pulau Solor, Adonara",
                            "Januari–Oktober 2026",
                            40,
                            "Jumlah dokumen kependudukan terbit di desa per bulan"),
                    "555455"),
            p(
                    "GOV-04",
                    "governance",
                    "public-policy",
                    "DISKOMINFO",
                    "SETDA",
                    "Pengaduan Masyarakat Terpadu SP4N-LAPOR! Flores Timur",
                    "Disposisi pengaduan ke OPD dengan batas waktu tanggapan",
                    InnovationType.POLICY,
                    2026,
                    new long[] {250},
                    FundingSource.APBD,
                    0,
                    List.of(),
                    null,
                    "454554"),
            p(
                    "GOV-05",
                    "governance",
                    "bureaucracy-management",
                    "SETDA",
                    "DISKOMINFO",
                    "Naskah Dinas Elektronik dan Tanda Tangan Elektronik",
                    "Surat-menyurat tanpa kertas antar-OPD",
                    InnovationType.ICT,
                    2028,
                    new long[] {600, 400},
                    FundingSource.APBD,
                    1,
                    List.of("GOV-01"),
                    null,
                    "344444"),
            p(
                    "GOV-06",
                    "governance",
                    "bureaucracy-management",
                    "BAPPEDA",
                    "BPKAD",
                    "Perencanaan dan Penganggaran Terintegrasi",
                    "Satu sistem dari musrenbang sampai realisasi anggaran",
                    InnovationType.ICT,
                    2027,
                    new long[] {700, 500},
                    FundingSource.APBD,
                    1,
                    List.of(),
                    null,
                    "434335"),
            p(
                    "GOV-07",
                    "governance",
                    "public-policy",
                    "SETDA",
                    "DISKOMINFO,BAPPEDA",
                    "Peraturan Bupati tentang Tata Kelola SPBE dan Satu Data",
                    "Dasar hukum walidata, interoperabilitas dan keamanan informasi",
                    InnovationType.POLICY,
                    2026,
                    new long[] {150},
                    FundingSource.APBD,
                    1,
                    List.of(),
                    null,
                    "455555"),
            p(
                    "BRD-01",
                    "branding",
                    "tourism-branding",
                    "DISPAR",
                    "DISKOMINFO",
                    "Portal Destinasi dan Kalender Event Wisata Flores Timur",
                    "Informasi destinasi, paket wisata dan pemandu lokal dalam tiga bahasa",
                    InnovationType.ICT,
                    2026,
                    new long[] {450, 300},
                    FundingSource.APBD,
                    2,
                    List.of(),
                    null,
                    "443344"),
            p(
                    "BRD-02",
                    "branding",
                    "tourism-branding",
                    "DISPAR",
                    "DISKOMINFO",
                    "Promosi Digital Semana Santa dan Festival Budaya Lamaholot",
                    "Siaran langsung, konten kreator lokal dan informasi peziarah",
                    InnovationType.ICT,
                    2026,
                    new long[] {300},
                    FundingSource.CSR,
                    2,
                    List.of(),
                    new QuickWin(
                            "Lamaholot Fest Daring",
                            "Pelaku wisata, sanggar budaya dan peziarah",
                            "Februari–April 2026 (Semana Santa)",
                            60,
                            "Jumlah kunjungan dan penonton siaran daring"),
                    "545454"),
            p(
                    "BRD-03",
                    "branding",
                    "city-appearance",
                    "DPUPR",
                    "DISPAR",
                    "Penataan Kawasan Tepi Laut Kota Larantuka",
                    "Ruang publik tepi laut dengan Wi-Fi dan papan informasi sejarah",
                    InnovationType.POLICY,
                    2028,
                    new long[] {2500, 3000, 2000},
                    FundingSource.DAK,
                    2,
                    List.of(),
                    null,
                    "423233"),
            p(
                    "BRD-04",
                    "branding",
                    "business-branding",
                    "DISPERINDAG",
                    "DISPAR",
                    "Merek Daerah dan Sertifikasi Tenun Ikat, Kopi dan Mete",
                    "Label bersama produk unggulan dengan ketertelusuran asal",
                    InnovationType.POLICY,
                    2027,
                    new long[] {400, 350},
                    FundingSource.APBD,
                    3,
                    List.of(),
                    null,
                    "434444"),
            p(
                    "BRD-05",
                    "branding",
                    "business-branding",
                    "DISPERINDAG",
                    "DISKOMINFO",
                    "Katalog Digital dan Toko Daring Produk Lokal",
                    "Etalase daring yang terhubung dengan lokapasar nasional",
                    InnovationType.ICT,
                    2029,
                    new long[] {300, 250},
                    FundingSource.APBD,
                    3,
                    List.of("BRD-04"),
                    null,
                    "433434"),
            p(
                    "BRD-06",
                    "branding",
                    "tourism-branding",
                    "DISPAR",
                    "DISHUB",
                    "Papan Informasi Digital Wisata di Pelabuhan dan Bandara Gewayantana",
                    "Informasi destinasi dan jadwal transportasi bagi wisatawan",
                    InnovationType.ICT,
                    2029,
                    new long[] {500},
                    FundingSource.APBD,
                    2,
                    List.of(),
                    null,
                    "333333"),
            p(
                    "ECO-01",
                    "economy",
                    "industry-ecosystem",
                    "DISPERINDAG",
                    "DPMD",
                    "Pasar Ikan Digital Nelayan",
                    "Nelayan menawarkan tangkapan lewat aplikasi pesan dan dasbor harga",
                    InnovationType.ICT,
                    2026,
                    new long[] {400},
                    FundingSource.APBD,
                    4,
                    List.of(),
                    new QuickWin(
                            "Nelayan Go Digital",
                            "Kelompok nelayan di Larantuka, Solor dan Adonara",
                            "Maret–Desember 2026",
                            30,
                            "Jumlah transaksi dan harga jual rata-rata nelayan"),
                    "554454"),
            p(
                    "ECO-02",
                    "economy",
                    "financial-transaction",
                    "BPKAD",
                    "DISKOMINFO",
                    "Pembayaran Non-Tunai Pajak dan Retribusi Daerah",
                    "QRIS dan kanal bank untuk semua retribusi",
                    InnovationType.ICT,
                    2026,
                    new long[] {500, 300},
                    FundingSource.APBD,
                    4,
                    List.of(),
                    null,
                    "445445"),
            p(
                    "ECO-03",
                    "economy",
                    "industry-ecosystem",
                    "DISPERINDAG",
                    "DISKOMINFO",
                    "Inkubator UMKM dan Pelatihan Pemasaran Digital",
                    "Pendampingan berkelompok bersama perguruan tinggi",
                    InnovationType.POLICY,
                    2027,
                    new long[] {350, 350, 350},
                    FundingSource.APBD,
                    4,
                    List.of(),
                    null,
                    "434444"),
            p(
                    "ECO-04",
                    "economy",
                    "welfare",
                    "DPMD",
                    "DISKOMINFO",
                    "Sistem Informasi Desa dan BUMDes",
                    "Profil, keuangan dan usaha desa dalam satu sistem",
                    InnovationType.ICT,
                    2027,
                    new long[] {600, 400},
                    FundingSource.DANA_DESA,
                    5,
                    List.of(),
                    null,
                    "433434"),
            p(
                    "ECO-05",
                    "economy",
                    "welfare",
                    "DINSOS",
                    "BAPPEDA,DISDUKCAPIL",
                    "Data Terpadu Kesejahteraan Sosial dan Bantuan Tepat Sasaran",
                    "Pemutakhiran data bersama desa dan padanan NIK",
                    InnovationType.ICT,
                    2026,
                    new long[] {450, 300},
                    FundingSource.APBD,
                    5,
                    List.of(),
                    null,
                    IMPACT_HIGH),
            p(
                    "ECO-06",
                    "economy",
                    "industry-ecosystem",
                    "DISPERINDAG",
                    "DLH",
                    "Rantai Dingin dan Informasi Harga Hasil Laut",
                    "Gudang beku tenaga surya dan informasi harga harian",
                    InnovationType.ICT,
                    2029,
                    new long[] {1200, 900, 600},
                    FundingSource.KPBU,
                    4,
                    List.of("ECO-01"),
                    null,
                    "432233"),
            p(
                    "ECO-07",
                    "economy",
                    "financial-transaction",
                    "DISPERINDAG",
                    "BPKAD",
                    "Kredit Usaha Mikro Digital bersama Bank Daerah",
                    "Pengajuan dan penilaian kredit mikro secara daring",
                    InnovationType.POLICY,
                    2028,
                    new long[] {200, 200},
                    FundingSource.CSR,
                    5,
                    List.of(),
                    null,
                    "333443"),
            p(
                    "LIV-01",
                    "living",
                    "health",
                    "DINKES",
                    "DISKOMINFO",
                    "Telekonsultasi Puskesmas Pulau",
                    "Dokter RSUD mendampingi puskesmas pulau lewat video",
                    InnovationType.ICT,
                    2026,
                    new long[] {450},
                    FundingSource.APBD,
                    6,
                    List.of(),
                    new QuickWin(
                            "Dokter Lewat HP",
                            "Pasien puskesmas di Solor, Adonara dan desa terpencil",
                            "Februari–November 2026",
                            50,
                            "Jumlah telekonsultasi dan rujukan yang dapat dihindari"),
                    "555444"),
            p(
                    "LIV-02",
                    "living",
                    "health",
                    "DINKES",
                    "DISKOMINFO",
                    "Rekam Medis Elektronik Puskesmas Terintegrasi SATUSEHAT",
                    "Rekam medis puskesmas dan RSUD terhubung ke platform nasional",
                    InnovationType.ICT,
                    2027,
                    new long[] {1200, 900, 600},
                    FundingSource.DAK,
                    6,
                    List.of(),
                    null,
                    "545345"),
            p(
                    "LIV-03",
                    "living",
                    "health",
                    "DINKES",
                    "BPBD",
                    "Layanan Rujukan dan Ambulans Terpadu 119",
                    "Satu nomor darurat dengan pelacakan ambulans dan kapal rujukan",
                    InnovationType.ICT,
                    2030,
                    new long[] {800, 500},
                    FundingSource.APBD,
                    6,
                    List.of("LIV-02"),
                    null,
                    "544334"),
            p(
                    "LIV-04",
                    "living",
                    "mobility",
                    "DISHUB",
                    "DISKOMINFO",
                    "Informasi Jadwal Kapal Penyeberangan Waktu Nyata",
                    "Posisi kapal dan jadwal keberangkatan di ponsel dan papan pelabuhan",
                    InnovationType.ICT,
                    2027,
                    new long[] {400, 250},
                    FundingSource.APBD,
                    7,
                    List.of(),
                    null,
                    "444444"),
            p(
                    "LIV-05",
                    "living",
                    "mobility",
                    "DISHUB",
                    "BPKAD",
                    "Tiket Daring Angkutan Penyeberangan Antarpulau",
                    "Pemesanan dan pembayaran tiket tanpa antre",
                    InnovationType.ICT,
                    2029,
                    new long[] {600, 300},
                    FundingSource.KPBU,
                    7,
                    List.of("LIV-04"),
                    null,
                    "433334"),
            p(
                    "LIV-06",
                    "living",
                    "spatial-harmony",
                    "DPUPR",
                    "DPMPTSP",
                    "Sistem Informasi Tata Ruang dan Persetujuan Bangunan Gedung",
                    "Peta rencana tata ruang daring untuk permohonan izin",
                    InnovationType.ICT,
                    2028,
                    new long[] {900, 500},
                    FundingSource.APBD,
                    0,
                    List.of(),
                    null,
                    "433344"),
            p(
                    "LIV-07",
                    "living",
                    "health",
                    "DPUPR",
                    "DINKES",
                    "Air Minum Pintar: Meter Air dan Pemantauan Kebocoran",
                    "Meter air pintar dan sensor tekanan pada jaringan perkotaan",
                    InnovationType.ICT,
                    2031,
                    new long[] {1500, 1500, 1000},
                    FundingSource.APBN,
                    6,
                    List.of(),
                    null,
                    "432223"),
            p(
                    "SOC-01",
                    "society",
                    "community",
                    "DISKOMINFO",
                    "DPMD",
                    "Wi-Fi Publik Desa dan Pojok Literasi Digital",
                    "Titik Wi-Fi di kantor desa dengan pendampingan relawan TIK",
                    InnovationType.ICT,
                    2026,
                    new long[] {600},
                    FundingSource.APBD,
                    8,
                    List.of(),
                    new QuickWin(
                            "Desa Terhubung",
                            "Warga 50 desa tanpa akses internet tetap",
                            "April–Desember 2026",
                            35,
                            "Jumlah desa dan pengguna Wi-Fi publik aktif"),
                    "554445"),
            p(
                    "SOC-02",
                    "society",
                    "community",
                    "DISKOMINFO",
                    "BAPPEDA",
                    "Perluasan Jaringan Internet Desa dan Pulau bersama BAKTI",
                    "Usulan titik BTS dan akses internet satelit untuk desa tertinggal",
                    InnovationType.POLICY,
                    2027,
                    new long[] {800, 800, 600},
                    FundingSource.APBN,
                    8,
                    List.of(),
                    null,
                    "543235"),
            p(
                    "SOC-03",
                    "society",
                    "learning-ecosystem",
                    "DISKOMINFO",
                    "DISDIK",
                    "Gerakan Literasi Digital bersama Relawan TIK",
                    "Kelas keamanan digital dan anti-hoaks di desa dan sekolah",
                    InnovationType.POLICY,
                    2027,
                    new long[] {150, 150, 150, 150},
                    FundingSource.APBD,
                    8,
                    List.of(),
                    null,
                    "434554"),
            p(
                    "SOC-04",
                    "society",
                    "learning-ecosystem",
                    "DISDIK",
                    "DISKOMINFO",
                    "Sekolah Digital dan Pembelajaran Daring",
                    "Perangkat belajar dan platform pembelajaran untuk SD dan SMP",
                    InnovationType.ICT,
                    2028,
                    new long[] {700, 700, 500},
                    FundingSource.DAK,
                    8,
                    List.of(),
                    null,
                    "443334"),
            p(
                    "SOC-05",
                    "society",
                    "security",
                    "BPBD",
                    "DISKOMINFO",
                    "Sistem Peringatan Dini Erupsi Lewotobi, Banjir dan Gelombang Tinggi",
                    "Sirene dan pesan singkat berbasis lokasi terhubung dengan PVMBG dan BMKG",
                    InnovationType.ICT,
                    2026,
                    new long[] {900, 600},
                    FundingSource.APBD,
                    9,
                    List.of(),
                    null,
                    "555344"),
            p(
                    "SOC-06",
                    "society",
                    "security",
                    "BPBD",
                    "DPMD",
                    "Desa Tangguh Bencana Berbasis Data",
                    "Peta risiko dan rencana kontinjensi desa yang diperbarui bersama warga",
                    InnovationType.POLICY,
                    2028,
                    new long[] {250, 250, 250, 250},
                    FundingSource.DANA_DESA,
                    9,
                    List.of("SOC-05"),
                    null,
                    "444444"),
            p(
                    "SOC-07",
                    "society",
                    "security",
                    "DISKOMINFO",
                    "DISHUB",
                    "CCTV Terpadu dan Ruang Kendali Kota Larantuka",
                    "Pemantauan lalu lintas, pelabuhan dan keramaian dari satu ruang kendali",
                    InnovationType.ICT,
                    2030,
                    new long[] {1500, 800},
                    FundingSource.APBD,
                    9,
                    List.of(),
                    null,
                    "333233"),
            p(
                    "ENV-01",
                    "environment",
                    "waste",
                    "DLH",
                    "DPMD",
                    "Bank Sampah Digital",
                    "Setoran sampah terpilah dicatat di aplikasi dan menjadi saldo tabungan",
                    InnovationType.ICT,
                    2026,
                    new long[] {250},
                    FundingSource.CSR,
                    10,
                    List.of(),
                    new QuickWin(
                            "Sampah Jadi Saldo",
                            "Rumah tangga dan sekolah di Kota Larantuka",
                            "Maret–Desember 2026",
                            45,
                            "Berat sampah terpilah yang disetor per bulan"),
                    "455555"),
            p(
                    "ENV-02",
                    "environment",
                    "waste",
                    "DLH",
                    "DISHUB",
                    "Pengangkutan Sampah Terjadwal dengan Pelacakan Armada",
                    "Jadwal dan posisi truk sampah dapat dilihat warga",
                    InnovationType.ICT,
                    2027,
                    new long[] {700, 400},
                    FundingSource.APBD,
                    10,
                    List.of(),
                    null,
                    "443344"),
            p(
                    "ENV-03",
                    "environment",
                    "protection",
                    "DLH",
                    "DISPAR",
                    "Gerakan Pantai Bersih dan Pemantauan Sampah Laut",
                    "Aksi bersih pantai bulanan dengan pencatatan sampah laut",
                    InnovationType.POLICY,
                    2027,
                    new long[] {200, 200, 200},
                    FundingSource.CSR,
                    10,
                    List.of(),
                    null,
                    "434554"),
            p(
                    "ENV-04",
                    "environment",
                    "energy",
                    "DPUPR",
                    "DLH",
                    "Penerangan Jalan Umum Tenaga Surya Pintar",
                    "Lampu jalan surya yang dipantau dan diredupkan otomatis",
                    InnovationType.ICT,
                    2028,
                    new long[] {1800, 1800, 1200},
                    FundingSource.DAK,
                    11,
                    List.of(),
                    null,
                    "443234"),
            p(
                    "ENV-05",
                    "environment",
                    "energy",
                    "DPUPR",
                    "SETDA",
                    "PLTS Atap Gedung Pemerintah",
                    "Panel surya atap dengan skema kerja sama badan usaha",
                    InnovationType.POLICY,
                    2031,
                    new long[] {1200, 1000},
                    FundingSource.KPBU,
                    11,
                    List.of("ENV-04"),
                    null,
                    "332234"),
            p(
                    "ENV-06",
                    "environment",
                    "protection",
                    "DLH",
                    "BPBD",
                    "Pemantauan Kualitas Udara dan Sebaran Abu Vulkanik",
                    "Sensor udara murah di kecamatan sekitar Lewotobi",
                    InnovationType.ICT,
                    2029,
                    new long[] {500, 300},
                    FundingSource.APBD,
                    9,
                    List.of(),
                    null,
                    "433344"));

    /** Judgements over impact, urgency, feasibility, cost, readiness and alignment (upper triangle). */
    private static final double[][] JUDGEMENTS = {
        {1, 2, 3, 4, 3, 2},
        {0, 1, 2, 3, 2, 1},
        {0, 0, 1, 2, 1, 1 / 2.0},
        {0, 0, 0, 1, 1 / 2.0, 1 / 3.0},
        {0, 0, 0, 0, 1, 1 / 2.0},
        {0, 0, 0, 0, 0, 1}
    };

    void load(long masterplanId, int firstYear, int horizonYears) {
        visions.save(
                masterplanId,
                new VisionCommand(
                        "Flores Timur Cerdas: Melayani, Terhubung dan Berdaya Saing Berbasis Potensi Bahari dan Budaya"
                                + " Lamaholot",
                        List.of(
                                "Mewujudkan pelayanan publik yang cepat, mudah dan menjangkau desa serta pulau",
                                "Membangun tata kelola pemerintahan berbasis data dan teknologi informasi",
                                "Menumbuhkan ekonomi rakyat, UMKM, nelayan dan pariwisata melalui pemanfaatan digital",
                                "Meningkatkan kualitas hidup, kesehatan dan kesiapsiagaan bencana masyarakat",
                                "Menjaga kelestarian lingkungan pesisir dan laut"),
                        null));
        List<Long> goalIds = new ArrayList<>();
        for (GoalSpec spec : GOALS) {
            Goal goal = goals.create(
                    masterplanId,
                    new GoalCommand(spec.dimension(), spec.statement(), spec.target(), spec.strategy(), null));
            goalIds.add(goal.id());
            indicators.create(
                    masterplanId,
                    new IndicatorCommand(
                            spec.indicatorName(),
                            spec.unit(),
                            spec.direction(),
                            firstYear - 1,
                            decimal(spec.baseline()),
                            targets(spec, firstYear, horizonYears),
                            goal.id(),
                            null,
                            spec.catalogueCode(),
                            spec.source()));
        }
        Map<String, List<Long>> problemIds = problemsByProgramme(masterplanId);
        // Prerequisites first: a programme can only name programmes that exist.
        List<ProgrammeSpec> remaining = new ArrayList<>(PROGRAMMES);
        java.util.Set<String> created = new java.util.HashSet<>();
        while (!remaining.isEmpty()) {
            ProgrammeSpec next = remaining.stream()
                    .filter(spec -> created.containsAll(spec.dependsOn()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo programmes depend on each other in a circle"));
            programmes.create(masterplanId, command(next, goalIds, problemIds.getOrDefault(next.code(), List.of())));
            created.add(next.code());
            remaining.remove(next);
        }
        loadRpjmd(masterplanId);
        prioritisation.setCriteria(masterplanId, new CriteriaCommand(Prioritisation.DEFAULT_CRITERIA, matrix()));
        List<String> criteria =
                Prioritisation.DEFAULT_CRITERIA.stream().map(c -> c.code()).toList();
        for (ProgrammeSpec spec : PROGRAMMES) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int i = 0; i < criteria.size(); i++) {
                scores.put(criteria.get(i), spec.scores().charAt(i) - '0');
            }
            prioritisation.score(masterplanId, spec.code(), scores);
        }
    }

    /** The regency's RPJMD 2025–2029 (missions and goals) and an SPBE reference; every programme links to a goal. */
    private void loadRpjmd(long masterplanId) {
        String[][] missions = {
            {"M1", "Mewujudkan tata kelola pemerintahan yang bersih, melayani dan berbasis teknologi informasi"},
            {"M2", "Meningkatkan kualitas sumber daya manusia dan derajat kesehatan masyarakat"},
            {"M3", "Mengembangkan ekonomi kerakyatan berbasis potensi bahari, pertanian dan pariwisata"},
            {"M4", "Membangun infrastruktur dan lingkungan hidup yang berkelanjutan dan tangguh bencana"}
        };
        for (String[] mission : missions) {
            alignments.create(
                    masterplanId,
                    new AlignmentItemCommand(AlignmentKind.RPJMD_MISSION, mission[0], mission[1], null, null));
        }
        String[][] rpjmdGoals = {
            {"T1.1", "M1", "Meningkatnya kualitas pelayanan publik dan akuntabilitas kinerja pemerintah daerah"},
            {"T2.1", "M2", "Meningkatnya derajat kesehatan masyarakat"},
            {"T2.2", "M2", "Meningkatnya kualitas pendidikan dan literasi masyarakat"},
            {"T3.1", "M3", "Meningkatnya pertumbuhan ekonomi dan pendapatan masyarakat"},
            {"T3.2", "M3", "Meningkatnya kunjungan dan daya saing pariwisata daerah"},
            {"T4.1", "M4", "Meningkatnya kualitas infrastruktur dan konektivitas antarwilayah"},
            {"T4.2", "M4", "Meningkatnya kualitas lingkungan hidup dan ketangguhan terhadap bencana"}
        };
        Map<String, Long> goalIds = new LinkedHashMap<>();
        for (String[] goal : rpjmdGoals) {
            goalIds.put(
                    goal[0],
                    alignments
                            .create(
                                    masterplanId,
                                    new AlignmentItemCommand(AlignmentKind.RPJMD_GOAL, goal[0], goal[2], goal[1], null))
                            .id());
        }
        long spbe = alignments
                .create(
                        masterplanId,
                        new AlignmentItemCommand(
                                AlignmentKind.SPBE,
                                "SPBE-LAYANAN-PUBLIK",
                                "Layanan publik berbasis elektronik",
                                null,
                                "DISKOMINFO"))
                .id();
        Map<String, String> byDimension = Map.of(
                "governance", "T1.1",
                "branding", "T3.2",
                "economy", "T3.1",
                "living", "T2.1",
                "society", "T2.2",
                "environment", "T4.2");
        Map<String, String> exceptions = Map.of(
                "LIV-04", "T4.1", "LIV-05", "T4.1", "LIV-06", "T4.1", "SOC-05", "T4.2", "SOC-06", "T4.2", "SOC-07",
                "T4.2", "ENV-04", "T4.1", "ENV-05", "T4.1", "BRD-04", "T3.1", "BRD-05", "T3.1");
        for (ProgrammeSpec spec : PROGRAMMES) {
            String goal = exceptions.getOrDefault(spec.code(), byDimension.get(spec.dimension()));
            List<Long> items =
                    spec.type() == InnovationType.ICT && spec.dimension().equals("governance")
                            ? List.of(goalIds.get(goal), spbe)
                            : List.of(goalIds.get(goal));
            alignments.link(masterplanId, spec.code(), items);
        }
    }

    /** The ids of the problems each programme answers, by programme code; every demo problem is answered. */
    private Map<String, List<Long>> problemsByProgramme(long masterplanId) {
        Map<String, List<Long>> byProgramme = new LinkedHashMap<>();
        for (Issue problem : issues.list(masterplanId, IssueKind.PROBLEM)) {
            List<String> codes = PROBLEM_ANSWERS.get(problem.title());
            if (codes == null) {
                throw new IllegalStateException("No demo programme answers the problem " + problem.title());
            }
            codes.forEach(code ->
                    byProgramme.computeIfAbsent(code, c -> new ArrayList<>()).add(problem.id()));
        }
        return byProgramme;
    }

    private static ProgrammeCommand command(ProgrammeSpec spec, List<Long> goalIds, List<Long> problemIds) {
        List<BigDecimal> costs = Arrays.stream(spec.costsInMillions())
                .mapToObj(m -> BigDecimal.valueOf(m * MILLION))
                .toList();
        boolean quickWin = spec.quickWin() != null;
        ProgrammeStatus status = spec.start() == 2026 ? ProgrammeStatus.ONGOING : ProgrammeStatus.PLANNED;
        return new ProgrammeCommand(
                spec.code(),
                spec.name(),
                null,
                spec.dimension(),
                spec.subDimension(),
                spec.owner(),
                spec.supporting(),
                spec.innovation(),
                spec.type(),
                null,
                spec.start(),
                costs.size(),
                costs,
                spec.funding(),
                null,
                quickWin,
                null,
                null,
                spec.dependsOn(),
                List.of(goalIds.get(spec.goal())),
                problemIds,
                status,
                quickWin,
                spec.quickWin(),
                null);
    }

    /** A straight path from the baseline to the aim, one target per plan year. */
    private static Map<String, BigDecimal> targets(GoalSpec spec, int firstYear, int horizonYears) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (int i = 0; i < horizonYears; i++) {
            double value = spec.baseline() + (spec.aim() - spec.baseline()) * (i + 1) / horizonYears;
            targets.put(String.valueOf(firstYear + i), decimal(value));
        }
        return targets;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static List<List<Double>> matrix() {
        int n = JUDGEMENTS.length;
        List<List<Double>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(i == j ? 1.0 : i < j ? JUDGEMENTS[i][j] : 1 / JUDGEMENTS[j][i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static ProgrammeSpec p(
            String code,
            String dimension,
            String subDimension,
            String owner,
            String supporting,
            String name,
            String innovation,
            InnovationType type,
            int start,
            long[] costs,
            FundingSource funding,
            int goal,
            List<String> dependsOn,
            QuickWin quickWin,
            String scores) {
        return new ProgrammeSpec(
                code,
                dimension,
                subDimension,
                owner,
                List.of(supporting.split(",")),
                name,
                innovation,
                type,
                start,
                costs,
                funding,
                goal,
                dependsOn,
                quickWin,
                scores);
    }
}
