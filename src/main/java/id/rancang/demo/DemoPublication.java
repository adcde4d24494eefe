package id.rancang.demo;

import id.rancang.publication.NarrativeCommand;
import id.rancang.publication.Narratives;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The demo masterplan's narratives: the prose chapters the Flores Timur team wrote for its books. */
@Component
class DemoPublication {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    /** The chapters the team also wrote in English; the others print in Indonesian in English books. */
    private static final Map<String, String> TEXTS_EN = Map.of(
            "buku1.latar-belakang",
            "<p>Flores Timur Regency spans the eastern tip of Flores and the islands of Adonara and Solor, with 19"
                    + " districts and its seat in Larantuka. Being an archipelago makes public services costly and"
                    + " slow to reach citizens: a trip to a service office often means a sea crossing.</p><p>Since"
                    + " joining the Movement Towards Smart City, the regency sees technology and policy innovation as"
                    + " ways to bring services closer, strengthen the maritime economy and religious tourism, and"
                    + " stay resilient to disasters.</p>",
            "ringkasan.ikhtisar",
            "<p>Flores Timur prepared its Smart City Masterplan 2026–2035 to bring public services closer to every"
                    + " island, drive the maritime economy and religious tourism, and strengthen disaster"
                    + " resilience.</p>");

    static {
        TEXTS.put(
                "buku1.latar-belakang",
                "<p>Kabupaten Flores Timur terdiri atas daratan Flores bagian timur serta Pulau Adonara dan Pulau Solor,"
                        + " dengan 19 kecamatan dan pusat pemerintahan di Larantuka. Wilayah kepulauan membuat layanan"
                        + " publik mahal dan lambat menjangkau warga: perjalanan ke kantor pelayanan sering memerlukan"
                        + " penyeberangan laut.</p><p>Sejak bergabung dalam Gerakan Menuju Smart City, pemerintah daerah"
                        + " memandang teknologi dan inovasi kebijakan sebagai cara mendekatkan layanan, memperkuat"
                        + " ekonomi maritim dan pariwisata religi, serta menjaga ketahanan terhadap bencana.</p>");
        TEXTS.put(
                "buku1.maksud-tujuan",
                "<p>Masterplan ini dimaksudkan sebagai pedoman bersama perangkat daerah, DPRD, dunia usaha, perguruan"
                        + " tinggi dan masyarakat dalam membangun Flores Timur yang cerdas selama 2026–2035.</p>"
                        + "<ul><li>memetakan kesiapan daerah dan permasalahan per dimensi;</li>"
                        + "<li>merumuskan visi, misi dan program smart city yang selaras dengan RPJMD;</li>"
                        + "<li>menetapkan quick win dan peta jalan sesuai kemampuan anggaran.</li></ul>");
        TEXTS.put(
                "buku1.dasar-hukum",
                "<ol><li>Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;</li>"
                        + "<li>Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;</li>"
                        + "<li>Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;</li>"
                        + "<li>Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;</li>"
                        + "<li>Peraturan Daerah Kabupaten Flores Timur tentang RPJMD yang berlaku.</li></ol>");
        TEXTS.put(
                "buku1.metodologi",
                "<p>Penyusunan mengikuti empat tahap bimbingan teknis Gerakan Menuju Smart City. Data dihimpun dari"
                        + " perangkat daerah, kecamatan dan desa, diskusi kelompok terpumpun dengan unsur pentahelix, serta"
                        + " penilaian kesiapan <strong>struktur, infrastruktur dan suprastruktur</strong> dengan skala"
                        + " 1–5. Prioritas program ditetapkan dengan <em>Analytic Hierarchy Process</em> dan peta jalan"
                        + " dioptimalkan terhadap pagu anggaran tahunan.</p>");
        TEXTS.put(
                "buku1.gambaran-umum",
                "<p>Perekonomian Flores Timur bertumpu pada perikanan, pertanian lahan kering dan pariwisata, terutama"
                        + " perayaan Semana Santa di Larantuka yang setiap tahun didatangi puluhan ribu peziarah.</p>");
        TEXTS.put(
                "buku1.analisis-kesiapan",
                "<p>Kesenjangan terbesar ada pada infrastruktur jaringan di pulau-pulau dan pada sumber daya manusia"
                        + " pengelola TIK. Dukungan kepala daerah dan regulasi SPBE menjadi kekuatan utama.</p>");
        TEXTS.put(
                "buku1.isu-strategis",
                "<p>Isu strategis dirumuskan dari permasalahan dan potensi yang disampaikan peserta bimbingan teknis"
                        + " tahap I dan diverifikasi dengan data sektoral.</p>");
        TEXTS.put(
                "buku2.pendahuluan",
                "<p>Buku Masterplan menjabarkan arah, strategi dan rencana aksi smart city Flores Timur untuk sepuluh"
                        + " tahun, sebagai kelanjutan Buku Analisis Strategis.</p>");
        TEXTS.put(
                "buku2.arah-pembangunan",
                "<p>Arah pembangunan smart city mengikuti visi RPJMD dan menekankan layanan publik yang menjangkau"
                        + " pulau-pulau, ekonomi maritim yang bernilai tambah, serta tata kelola berbasis data.</p>");
        TEXTS.put(
                "buku2.strategi",
                "<p>Strategi disusun per dimensi: <strong>tata kelola</strong> melalui integrasi layanan,"
                        + " <strong>branding</strong> melalui promosi destinasi religi dan bahari, <strong>ekonomi</strong>"
                        + " melalui pemasaran digital hasil laut, <strong>kehidupan sosial</strong> melalui layanan"
                        + " kesehatan dan pendidikan jarak jauh, serta <strong>lingkungan</strong> melalui peringatan dini"
                        + " bencana.</p>");
        TEXTS.put(
                "buku2.kebijakan-kelembagaan",
                "<p>Dewan Smart City dan Tim Pelaksana ditetapkan dengan Keputusan Bupati. Diskominfo menjadi sekretariat"
                        + " dan pengampu arsitektur SPBE daerah.</p>");
        TEXTS.put(
                "buku2.infrastruktur-pendukung",
                "<ul><li>Arsitektur integrasi layanan dengan satu gerbang data daerah.</li>"
                        + "<li>Jaringan intra pemerintah yang menghubungkan kantor kecamatan di Adonara dan Solor.</li>"
                        + "<li>Pusat data memanfaatkan layanan pusat data nasional.</li>"
                        + "<li>Ruang kendali (command center) di Larantuka.</li></ul>");
        TEXTS.put(
                "buku2.pola-pikir-masyarakat",
                "<p>Literasi digital aparatur dan warga ditingkatkan melalui sekolah desa digital dan pendampingan oleh"
                        + " perguruan tinggi setempat.</p>");
        TEXTS.put(
                "buku2.pola-anggaran",
                "<table><tr><th>Sumber</th><th>Peran</th></tr><tr><td>APBD</td><td>Program inti dan operasional</td></tr>"
                        + "<tr><td>DAK dan APBN</td><td>Infrastruktur jaringan dan kesehatan</td></tr>"
                        + "<tr><td>CSR dan mitra</td><td>Literasi digital dan promosi wisata</td></tr></table>");
        TEXTS.put(
                "buku2.penutup",
                "<p>Masterplan ini menjadi komitmen bersama seluruh pemangku kepentingan dan dievaluasi setiap tahun.</p>");
        TEXTS.put(
                "buku3.pendahuluan",
                "<p>Quick win dipilih karena hasilnya dapat dirasakan warga dalam 6–12 bulan tanpa membangun"
                        + " infrastruktur besar.</p>");
        TEXTS.put(
                "buku4.pendahuluan",
                "<p>Peta jalan menjadwalkan program terhadap pagu anggaran tahunan dengan memperhatikan prasyarat antar"
                        + " program.</p>");
        TEXTS.put(
                "ringkasan.ikhtisar",
                "<p>Flores Timur menyusun Masterplan Smart City 2026–2035 untuk mendekatkan layanan publik ke seluruh"
                        + " pulau, menggerakkan ekonomi maritim dan pariwisata religi, serta memperkuat ketahanan"
                        + " bencana.</p>");
    }

    private final Narratives narratives;

    DemoPublication(Narratives narratives) {
        this.narratives = narratives;
    }

    void load(long masterplanId) {
        TEXTS.forEach((chapter, text) ->
                narratives.save(masterplanId, chapter, new NarrativeCommand(text, 0L, TEXTS_EN.get(chapter))));
    }
}
