package id.rancang.demo;

import id.rancang.bimtek.Session;
import id.rancang.bimtek.Sessions;
import id.rancang.review.CommentCommand;
import id.rancang.review.CommentFormat;
import id.rancang.review.Commitments;
import id.rancang.review.ReplyCommand;
import id.rancang.review.ResolutionCommand;
import id.rancang.review.ReviewComment;
import id.rancang.review.ReviewComments;
import id.rancang.review.SignatoryCommand;
import id.rancang.review.SignatoryRole;
import id.rancang.review.TargetKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Review of the demo masterplan: the national expert and a council member comment on programmes,
 * a chapter and the first Bimtek session, each as themselves; the implementation team answers one
 * and resolves it. The regent, the regional secretary and office heads signed the commitment at the
 * close of stage I. People are fictitious.
 */
@Component
class DemoReview {

    private static final String EXPERT = "demo.ahli";
    private static final String COUNCIL = "demo.penelaah";
    private static final String AUTHOR = "demo.penyusun";
    private static final LocalDate SIGNED = LocalDate.of(2026, 9, 10);

    private final ReviewComments comments;
    private final Commitments commitments;
    private final Sessions sessions;

    DemoReview(ReviewComments comments, Commitments commitments, Sessions sessions) {
        this.comments = comments;
        this.commitments = commitments;
        this.sessions = sessions;
    }

    void load(long masterplan) {
        comment(masterplan);
        sign(masterplan);
    }

    private void comment(long masterplan) {
        ReviewComment portal = as(
                EXPERT,
                () -> comments.create(
                        masterplan,
                        plain(
                                TargetKind.PROGRAMME,
                                "GOV-02",
                                "Portal Lewo Melayani sebaiknya memakai aplikasi umum SPBE dan akun tunggal warga"
                                        + " (NIK) dari Disdukcapil, bukan membangun sistem login sendiri. Mohon"
                                        + " dijelaskan juga layanan mana yang masuk tahun pertama.")));
        as(
                AUTHOR,
                () -> comments.reply(
                        masterplan,
                        portal.id(),
                        new ReplyCommand(
                                "Sudah kami sesuaikan: portal memakai akun SSO SPBE dan verifikasi NIK lewat"
                                        + " Disdukcapil. Tahun pertama: izin usaha mikro, surat keterangan"
                                        + " domisili dan pengaduan.",
                                CommentFormat.PLAIN,
                                null)));
        as(AUTHOR, () -> comments.resolve(masterplan, portal.id(), new ResolutionCommand(true, null)));

        as(
                EXPERT,
                () -> comments.create(
                        masterplan,
                        plain(
                                TargetKind.PROGRAMME,
                                "LIV-01",
                                "Telekonsultasi puskesmas pulau bergantung pada jaringan di Adonara dan Solor."
                                        + " Cantumkan Diskominfo sebagai pendukung untuk akses internet puskesmas"
                                        + " dan sebutkan berapa puskesmas yang sudah terjangkau 4G.")));
        as(
                COUNCIL,
                () -> comments.create(
                        masterplan,
                        new CommentCommand(
                                TargetKind.CHAPTER,
                                "buku2.arah-pembangunan",
                                "<p>Rumusan visi smart city perlu selaras dengan visi RPJMD:</p>"
                                        + "<ul><li>gunakan istilah <strong>Lewotana</strong> seperti di RPJMD;</li>"
                                        + "<li>tambahkan misi tentang desa dan pulau-pulau kecil.</li></ul>",
                                CommentFormat.HTML)));
        as(
                COUNCIL,
                () -> comments.create(
                        masterplan,
                        plain(
                                TargetKind.PROGRAMME,
                                "ENV-01",
                                "Bank Sampah Digital perlu melibatkan BUMDes di desa pesisir. Anggaran tahun"
                                        + " pertama tampak terlalu besar untuk uji coba di dua kelurahan.")));
        List<Session> held = sessions.list(masterplan);
        held.stream()
                .min(Comparator.comparing(Session::startsAt))
                .ifPresent(first -> as(
                        EXPERT,
                        () -> comments.create(
                                masterplan,
                                plain(
                                        TargetKind.SESSION,
                                        Long.toString(first.id()),
                                        "Notulen hari pertama belum memuat masukan peserta dari kecamatan."
                                                + " Mohon dilengkapi sebelum Bimtek Tahap II."))));
    }

    private void sign(long masterplan) {
        signatory(masterplan, "Paulus Boli Tokan, S.H.", "Bupati Flores Timur", null, SignatoryRole.REGENT, null);
        signatory(
                masterplan,
                "Drs. Kristoforus Ruron, M.Si.",
                "Sekretaris Daerah, Ketua Harian Dewan Smart City",
                "SETDA",
                SignatoryRole.COUNCIL,
                null);
        signatory(
                masterplan,
                "Ir. Maria Magdalena Hurek, M.T.",
                "Kepala Badan Perencanaan Pembangunan Daerah",
                "BAPPEDA",
                SignatoryRole.OFFICE_HEAD,
                null);
        signatory(
                masterplan,
                "Stefanus Ola Tukan, S.Kom.",
                "Kepala Dinas Komunikasi dan Informatika",
                "DISKOMINFO",
                SignatoryRole.OFFICE_HEAD,
                null);
        signatory(
                masterplan,
                "dr. Theresia Bunga Liwun",
                "Kepala Dinas Kesehatan",
                "DINKES",
                SignatoryRole.OFFICE_HEAD,
                "Ditandatangani oleh Plt. Kepala Dinas");
    }

    private void signatory(
            long masterplan, String name, String position, String office, SignatoryRole role, String note) {
        commitments.add(masterplan, new SignatoryCommand(name, position, office, role, SIGNED, note));
    }

    private static CommentCommand plain(TargetKind kind, String key, String text) {
        return new CommentCommand(kind, key, text, CommentFormat.PLAIN);
    }

    /** Acts as a demo user, so that comments carry their author and pass the same checks. */
    private static <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
