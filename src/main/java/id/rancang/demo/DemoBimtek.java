package id.rancang.demo;

import id.rancang.analysis.InitiativeType;
import id.rancang.bimtek.AttendanceCommand;
import id.rancang.bimtek.CohortCommand;
import id.rancang.bimtek.Participant;
import id.rancang.bimtek.ParticipantCommand;
import id.rancang.bimtek.Participants;
import id.rancang.bimtek.PentahelixCategory;
import id.rancang.bimtek.Session;
import id.rancang.bimtek.SessionCommand;
import id.rancang.bimtek.SessionCommand.ActionItemCommand;
import id.rancang.bimtek.SessionCommand.AgendaItemCommand;
import id.rancang.bimtek.SessionInputCommand;
import id.rancang.bimtek.SessionInputKind;
import id.rancang.bimtek.SessionInputs;
import id.rancang.bimtek.SessionMode;
import id.rancang.bimtek.Sessions;
import id.rancang.bimtek.SpeakerRole;
import id.rancang.bimtek.StageDatesCommand;
import id.rancang.bimtek.Stages;
import id.rancang.bimtek.TickOutputCommand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Bimtek of the demo regency, modelled on how such guidance runs in Flores Timur: stage I held
 * over two days (Wednesday and Thursday) in Larantuka, hybrid, opened by the assistant for
 * government affairs on behalf of the acting regent, with the planning agency reporting, a national
 * expert presenting and office heads, camat, lurah, academia, business and community taking part.
 * Stage I is closed; stage II is under way. People are fictitious.
 */
@Component
class DemoBimtek {

    private static final String WITA = "+08:00";
    private static final String VENUE_1 = "Rumah Bina Saron, Keuskupan Larantuka";
    private static final String VENUE_2 = "Aula Kantor Bupati Flores Timur, Larantuka";
    private static final String LINK = "https://zoom.us/j/85306202611";

    private final Stages stages;
    private final Sessions sessions;
    private final Participants participants;
    private final SessionInputs inputs;

    DemoBimtek(Stages stages, Sessions sessions, Participants participants, SessionInputs inputs) {
        this.inputs = inputs;
        this.stages = stages;
        this.sessions = sessions;
        this.participants = participants;
    }

    void load(long masterplan) {
        stages.updateDates(
                masterplan,
                1,
                new StageDatesCommand(date("2026-09-09"), date("2026-09-10"), date("2026-09-09"), date("2026-09-10")));
        stages.updateDates(
                masterplan, 2, new StageDatesCommand(date("2026-11-25"), date("2026-11-26"), date("2026-11-25"), null));
        stages.updateDates(masterplan, 3, new StageDatesCommand(date("2027-02-10"), date("2027-02-11"), null, null));
        stages.updateDates(masterplan, 4, new StageDatesCommand(date("2027-04-14"), date("2027-04-15"), null, null));

        List<Participant> people = people(masterplan);
        Session day1 = sessions.create(masterplan, stageOneDayOne());
        Session day2 = sessions.create(masterplan, stageOneDayTwo());
        attend(masterplan, day1, people, 0, 3);
        attend(masterplan, day2, people, 1, 4);
        stages.setCohort(masterplan, new CohortCommand(2026));
        raised(masterplan, day1, day2);

        stages.tick(
                masterplan,
                "READINESS_ANALYSIS",
                new TickOutputCommand(true, "Penilaian 3 elemen dan 9 sub-elemen selesai dalam FGD hari kedua"));
        stages.tick(
                masterplan,
                "SWOT_GAP",
                new TickOutputCommand(true, "Matriks SWOT per dimensi disepakati kelompok kerja"));
        stages.tick(
                masterplan,
                "PROBLEMS_POTENTIALS",
                new TickOutputCommand(true, "42 permasalahan dan 27 potensi tercatat dari enam dimensi"));
        stages.tick(
                masterplan,
                "BOOK1_DRAFT",
                new TickOutputCommand(true, "Draf Buku 1 dikirim ke tenaga ahli pada 2 Oktober 2026"));
        stages.close(masterplan, 1, true);

        Session stageTwo = sessions.create(masterplan, stageTwo());
        // Invitations for stage II went out; attendance is recorded once the session is over.
        participants.register(
                masterplan,
                stageTwo.id(),
                people.stream().limit(12).map(Participant::id).toList());
        stages.tick(
                masterplan,
                "VISION_MISSION",
                new TickOutputCommand(
                        false, "Rancangan visi dibahas hari pertama; menunggu persetujuan Dewan Smart City"));
    }

    /**
     * What was raised in the stage I discussions: ideas (potentials, an initiative already running)
     * go into the analysis with the session as their origin, comments stay on the session. (Problems
     * raised are entered the same way; the demo's problems are all answered by its programmes.)
     */
    private void raised(long masterplan, Session day1, Session day2) {
        inputs.add(
                masterplan,
                day1.id(),
                new SessionInputCommand(
                        SessionInputKind.COMMENT,
                        null,
                        "Camat dan lurah meminta materi paparan dikirim sebelum hari kedua agar bisa dibahas di"
                                + " kecamatan.",
                        null,
                        null,
                        null,
                        null,
                        "Benediktus Gole, S.IP. (Camat Larantuka)"));
        inputs.add(
                masterplan,
                day2.id(),
                new SessionInputCommand(
                        SessionInputKind.POTENTIAL,
                        "Relawan TIK hadir di setiap kecamatan",
                        "Diangkat dalam diskusi kelompok tata kelola: relawan dapat mendampingi kantor desa memutakhirkan"
                                + " data penduduk dan layanan daring.",
                        "governance",
                        null,
                        4,
                        null,
                        null));
        inputs.add(
                masterplan,
                day2.id(),
                new SessionInputCommand(
                        SessionInputKind.POTENTIAL,
                        "Festival Semana Santa sebagai ikon wisata religi",
                        "Prosesi Jumat Agung di Larantuka menarik ribuan peziarah tiap tahun; perlu informasi dan"
                                + " pendaftaran daring.",
                        "branding",
                        null,
                        3,
                        null,
                        null));
        inputs.add(
                masterplan,
                day2.id(),
                new SessionInputCommand(
                        SessionInputKind.INITIATIVE,
                        "Grup WhatsApp layanan pengaduan kecamatan",
                        "Kecamatan Adonara Timur sudah menampung pengaduan warga lewat grup pesan; diusulkan menjadi"
                                + " kanal resmi.",
                        "governance",
                        null,
                        null,
                        InitiativeType.SERVICE,
                        null));
        inputs.add(
                masterplan,
                day2.id(),
                new SessionInputCommand(
                        SessionInputKind.COMMENT,
                        null,
                        "Perwakilan Kadin meminta pelaku UMKM dilibatkan dalam FGD tahap II.",
                        null,
                        null,
                        null,
                        null,
                        "Veronika Peni Hayon (Kadin)"));
    }

    private List<Participant> people(long masterplan) {
        List<ParticipantCommand> commands = List.of(
                gov("Yosef Ola Kelen, S.Sos., M.Si.", "Sekretaris Daerah", "SETDA", null, true, false),
                gov("Drs. Aloysius Lewar", "Plt. Asisten Pemerintahan dan Kesra", "SETDA", null, true, false),
                gov("Theresia Bui Hurint, S.T., M.T.", "Kepala Bappelitbangda", "BAPPEDA", null, true, true),
                gov(
                        "Servasius Kopong Tukan, S.Kom.",
                        "Kepala Dinas Komunikasi dan Informatika",
                        "DISKOMINFO",
                        null,
                        true,
                        true),
                gov("Maria Yasinta Riberu, S.E.", "Sekretaris Bappelitbangda", "BAPPEDA", null, false, true),
                gov(
                        "Fransiskus Boli Maran, S.Kom.",
                        "Kepala Bidang Aplikasi Informatika",
                        "DISKOMINFO",
                        null,
                        false,
                        true),
                gov("dr. Agustina Sogen", "Kepala Dinas Kesehatan", "DINKES", null, false, false),
                gov("Paulus Kia Liwun, S.Pd.", "Kepala Dinas Pariwisata", "DISPAR", null, false, false),
                gov("Benediktus Gole, S.IP.", "Camat Larantuka", null, "53.06.03", false, false),
                gov("Yuliana Ina Ruron", "Lurah Waibalun", null, "53.06.03.1001", false, false),
                gov("Kornelis Sanga Lein", "Camat Adonara Timur", null, "53.06.10", false, false),
                new ParticipantCommand(
                        "Dr. Lambertus Ola Beding",
                        PentahelixCategory.ACADEMIA,
                        "Universitas Nusa Cendana",
                        null,
                        "Dosen Teknik Informatika",
                        null,
                        null,
                        false,
                        true,
                        null),
                new ParticipantCommand(
                        "Veronika Peni Hayon",
                        PentahelixCategory.BUSINESS,
                        "Kadin Kabupaten Flores Timur",
                        null,
                        "Wakil Ketua Bidang UMKM",
                        null,
                        null,
                        false,
                        true,
                        null),
                new ParticipantCommand(
                        "Gregorius Tokan",
                        PentahelixCategory.COMMUNITY,
                        "Relawan TIK Flores Timur",
                        null,
                        "Ketua",
                        "53.06.03",
                        null,
                        false,
                        true,
                        null),
                new ParticipantCommand(
                        "Agnes Lamahoda",
                        PentahelixCategory.COMMUNITY,
                        "Komunitas Tenun Ikat Lamaholot",
                        null,
                        "Koordinator",
                        "53.06.10",
                        null,
                        false,
                        false,
                        null),
                new ParticipantCommand(
                        "Stefanus Laga Doni",
                        PentahelixCategory.MEDIA,
                        "Radio Suara Flotim",
                        null,
                        "Redaktur",
                        null,
                        null,
                        false,
                        false,
                        null));
        List<Participant> created = new ArrayList<>();
        commands.forEach(c -> created.add(participants.create(masterplan, c)));
        return created;
    }

    private static ParticipantCommand gov(
            String name, String position, String office, String area, boolean council, boolean team) {
        return new ParticipantCommand(
                name, PentahelixCategory.GOVERNMENT, null, office, position, area, null, council, team, null);
    }

    /** Everyone attends; every {@code onlineEvery}-th person (from {@code offset}) joins online. */
    private void attend(long masterplan, Session session, List<Participant> people, int offset, int onlineEvery) {
        List<Long> present = people.stream().map(Participant::id).toList();
        List<Long> online = new ArrayList<>();
        for (int i = offset; i < people.size(); i += onlineEvery) {
            if (i > 3) {
                online.add(people.get(i).id());
            }
        }
        participants.recordAttendance(masterplan, session.id(), new AttendanceCommand(present, online));
    }

    private static SessionCommand stageOneDayOne() {
        return new SessionCommand(
                1,
                "Bimtek Tahap I hari pertama: konsep smart city dan analisis kesiapan daerah",
                at("2026-09-09T08:00"),
                at("2026-09-09T16:30"),
                SessionMode.HYBRID,
                VENUE_1,
                LINK,
                "Drs. Aloysius Lewar, Plt. Asisten Pemerintahan dan Kesra, mewakili Penjabat Bupati Flores Timur",
                "<h3>Pembukaan</h3><p>Bimtek penyusunan masterplan smart city dan quick win program unggulan tahap I dibuka"
                        + " secara resmi oleh Plt. Asisten Pemerintahan dan Kesra, didampingi Kepala Bappelitbangda dan Kepala"
                        + " Dinas Kominfo.</p><p>Kepala Bappelitbangda melaporkan tujuan kegiatan: menggali ide dan inovasi yang"
                        + " tepat, meningkatkan pemahaman permasalahan perkotaan dan relevansinya dengan konsep kota cerdas,"
                        + " serta memperdalam kapasitas pemerintah daerah.</p><h3>Pokok bahasan</h3><ul><li>Konsep, kebijakan,"
                        + " dan tata kelola smart city</li><li>Kerangka Buku 1 Analisis Strategis</li><li>Analisis kesiapan:"
                        + " struktur, infrastruktur, suprastruktur</li></ul>",
                List.of(
                        agenda("2026-09-09T08:00", "Registrasi peserta", null, null),
                        agenda(
                                "2026-09-09T08:30",
                                "Pembukaan dan sambutan",
                                "Drs. Aloysius Lewar",
                                SpeakerRole.OFFICIAL),
                        agenda(
                                "2026-09-09T08:50",
                                "Laporan panitia",
                                "Theresia Bui Hurint, S.T., M.T.",
                                SpeakerRole.OFFICIAL),
                        agenda(
                                "2026-09-09T09:30",
                                "Konsep dan kebijakan smart city nasional",
                                "Dr. Rina Wulandari",
                                SpeakerRole.EXPERT),
                        agenda(
                                "2026-09-09T11:00",
                                "Analisis kesiapan daerah: struktur, infrastruktur, suprastruktur",
                                "Dr. Rina Wulandari",
                                SpeakerRole.EXPERT),
                        agenda(
                                "2026-09-09T13:30",
                                "Diskusi kelompok per dimensi",
                                "Fransiskus Boli Maran, S.Kom.",
                                SpeakerRole.MODERATOR)),
                List.of(
                        new ActionItemCommand(
                                "Melengkapi data profil daerah untuk Bab 2 Buku 1",
                                "Bappelitbangda",
                                date("2026-09-25"),
                                true),
                        new ActionItemCommand(
                                "Menghimpun dokumen RPJMD dan Renstra seluruh OPD",
                                "Sekretariat Tim Pelaksana",
                                date("2026-10-15"),
                                false)),
                null);
    }

    private static SessionCommand stageOneDayTwo() {
        return new SessionCommand(
                1,
                "Bimtek Tahap I hari kedua: SWOT, kesenjangan, permasalahan dan potensi",
                at("2026-09-10T08:00"),
                at("2026-09-10T15:00"),
                SessionMode.HYBRID,
                VENUE_1,
                LINK,
                null,
                "<p>Kelompok kerja per dimensi menyusun matriks SWOT dan menilai kesenjangan 1–5 setiap sub-elemen."
                        + " Camat dan lurah menyampaikan permasalahan layanan di wilayah Adonara dan Solor.</p>",
                List.of(
                        agenda(
                                "2026-09-10T08:00",
                                "Kilas balik hari pertama",
                                "Dr. Rina Wulandari",
                                SpeakerRole.EXPERT),
                        agenda(
                                "2026-09-10T08:30",
                                "FGD SWOT dan analisis kesenjangan",
                                "Maria Yasinta Riberu, S.E.",
                                SpeakerRole.MODERATOR),
                        agenda("2026-09-10T13:00", "Pleno hasil kelompok", "Dr. Rina Wulandari", SpeakerRole.EXPERT)),
                List.of(new ActionItemCommand(
                        "Menyusun draf Buku 1 dari hasil pleno", "Tim Pelaksana Smart City", date("2026-10-02"), true)),
                null);
    }

    private static SessionCommand stageTwo() {
        return new SessionCommand(
                2,
                "Bimtek Tahap II: visi, misi, dan pemetaan program",
                at("2026-11-25T08:00"),
                at("2026-11-26T15:00"),
                SessionMode.HYBRID,
                VENUE_2,
                LINK,
                "Yosef Ola Kelen, S.Sos., M.Si., Sekretaris Daerah",
                null,
                List.of(
                        agenda("2026-11-25T08:30", "Pembukaan", "Yosef Ola Kelen, S.Sos., M.Si.", SpeakerRole.OFFICIAL),
                        agenda(
                                "2026-11-25T09:00",
                                "Merumuskan visi dan misi smart city",
                                "Dr. Rina Wulandari",
                                SpeakerRole.EXPERT),
                        agenda(
                                "2026-11-26T08:30",
                                "Pemetaan program RPJMD dan Renstra OPD ke misi",
                                "Theresia Bui Hurint, S.T., M.T.",
                                SpeakerRole.OFFICIAL)),
                List.of(),
                null);
    }

    private static AgendaItemCommand agenda(String time, String title, String speaker, SpeakerRole role) {
        return new AgendaItemCommand(at(time), title, speaker, role);
    }

    private static OffsetDateTime at(String localTime) {
        return OffsetDateTime.parse(localTime + ":00" + WITA);
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value);
    }
}
