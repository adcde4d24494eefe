package id.rancang.bimtek.api;

import id.rancang.bimtek.AttendanceCommand;
import id.rancang.bimtek.AttendancePdf;
import id.rancang.bimtek.AttendanceSheet;
import id.rancang.bimtek.Attendee;
import id.rancang.bimtek.CohortCommand;
import id.rancang.bimtek.ICalendar;
import id.rancang.bimtek.Material;
import id.rancang.bimtek.Materials;
import id.rancang.bimtek.Participant;
import id.rancang.bimtek.ParticipantCommand;
import id.rancang.bimtek.Participants;
import id.rancang.bimtek.Session;
import id.rancang.bimtek.SessionCommand;
import id.rancang.bimtek.SessionCommand.AgendaItemCommand;
import id.rancang.bimtek.SessionInput;
import id.rancang.bimtek.SessionInputCommand;
import id.rancang.bimtek.SessionInputs;
import id.rancang.bimtek.Sessions;
import id.rancang.bimtek.Stage;
import id.rancang.bimtek.StageStatus;
import id.rancang.bimtek.Stages;
import id.rancang.bimtek.TickOutputCommand;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/masterplans/{id}")
@Tag(name = "Bimtek")
class BimtekApiController {

    private final Stages stages;
    private final Sessions sessions;
    private final Participants participants;
    private final Materials materials;
    private final SessionInputs inputs;
    private final Masterplans masterplans;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    BimtekApiController(
            Stages stages,
            Sessions sessions,
            Participants participants,
            Materials materials,
            SessionInputs inputs,
            Masterplans masterplans,
            Regions regions,
            MessageSource messages,
            Clock clock) {
        this.stages = stages;
        this.sessions = sessions;
        this.participants = participants;
        this.materials = materials;
        this.inputs = inputs;
        this.masterplans = masterplans;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    record OutputDocument(String code, String name, boolean done, boolean automatic, String note) {}

    record StageDocument(
            int number,
            String name,
            StageStatus status,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            List<OutputDocument> outputs) {}

    @GetMapping("/stages")
    @Operation(summary = "Tahap I–IV Bimtek dengan tanggal, status dan daftar keluaran")
    List<StageDocument> stages(@PathVariable long id) {
        return stages.list(id).stream().map(this::document).toList();
    }

    @GetMapping("/cohort")
    @Operation(summary = "Angkatan (tahun) Bimtek masterplan; null bila belum ditetapkan")
    CohortCommand cohort(@PathVariable long id) {
        return new CohortCommand(stages.cohort(id).orElse(null));
    }

    @PutMapping("/cohort")
    @Operation(summary = "Tetapkan angkatan (tahun 2017 sampai tahun depan); cohortYear null menghapusnya")
    CohortCommand setCohort(@PathVariable long id, @RequestBody CohortCommand command) {
        return new CohortCommand(stages.setCohort(id, command).orElse(null));
    }

    @PostMapping("/stages/{number}/close")
    @Operation(
            summary = "Tutup tahap berjalan; masterplan maju ke tahap berikutnya",
            description = "Tahap dengan keluaran yang belum selesai ditolak (409, menyebut keluarannya)"
                    + " kecuali body berisi {\"closeWithOpenOutputs\": true}.")
    StageDocument close(
            @PathVariable long id, @PathVariable int number, @RequestBody(required = false) CloseStageCommand command) {
        return document(
                stages.close(id, number, command != null && Boolean.TRUE.equals(command.closeWithOpenOutputs())));
    }

    /** Closing a stage: {@code closeWithOpenOutputs} confirms closing it with outputs not done. */
    record CloseStageCommand(Boolean closeWithOpenOutputs) {}

    @PutMapping("/outputs/{code}")
    @Operation(summary = "Centang (atau batalkan) keluaran tahap secara manual, dengan catatan")
    StageDocument tick(
            @PathVariable long id, @PathVariable String code, @Valid @RequestBody TickOutputCommand command) {
        return document(stages.tick(id, code, command));
    }

    @GetMapping("/sessions")
    List<Session> sessions(@PathVariable long id) {
        return sessions.list(id);
    }

    @PostMapping("/sessions")
    @Operation(summary = "Rencanakan sesi; waktu ISO 8601 dengan offset, mis. 2024-06-05T08:00:00+08:00")
    ResponseEntity<Session> createSession(@PathVariable long id, @RequestBody SessionCommand command) {
        Session created = sessions.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/sessions/" + created.id()))
                .body(created);
    }

    @GetMapping("/sessions/{sessionId}")
    Session session(@PathVariable long id, @PathVariable long sessionId) {
        return sessions.get(id, sessionId);
    }

    @PutMapping("/sessions/{sessionId}")
    Session updateSession(@PathVariable long id, @PathVariable long sessionId, @RequestBody SessionCommand command) {
        return sessions.update(id, sessionId, command);
    }

    @DeleteMapping("/sessions/{sessionId}")
    ResponseEntity<Void> deleteSession(@PathVariable long id, @PathVariable long sessionId) {
        sessions.delete(id, sessionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/sessions/{sessionId}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "Sesi sebagai iCalendar (RFC 5545)")
    ResponseEntity<String> calendar(@PathVariable long id, @PathVariable long sessionId) {
        Session session = sessions.get(id, sessionId);
        String body = new ICalendar().add(session, "rancang", clock.instant()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("sesi-" + sessionId + ".ics"))
                .body(body);
    }

    @GetMapping("/sessions/{sessionId}/inputs")
    @Operation(summary = "Masukan dalam sesi: permasalahan, potensi, inisiatif (di analisis) dan komentar")
    List<SessionInput> inputs(@PathVariable long id, @PathVariable long sessionId) {
        return inputs.list(id, sessionId);
    }

    @PostMapping("/sessions/{sessionId}/inputs")
    @Operation(
            summary =
                    "Catat masukan sesi; PROBLEM, POTENTIAL dan INITIATIVE masuk ke analisis dengan sesi sebagai asal,"
                            + " COMMENT tetap pada sesi")
    ResponseEntity<SessionInput> addInput(
            @PathVariable long id, @PathVariable long sessionId, @RequestBody SessionInputCommand command) {
        SessionInput created = inputs.add(id, sessionId, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/sessions/" + sessionId + "/inputs"))
                .body(created);
    }

    @DeleteMapping("/sessions/{sessionId}/inputs/comments/{commentId}")
    ResponseEntity<Void> deleteComment(
            @PathVariable long id, @PathVariable long sessionId, @PathVariable long commentId) {
        inputs.deleteComment(id, sessionId, commentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/participants")
    List<Participant> participants(@PathVariable long id) {
        return participants.list(id);
    }

    @PostMapping("/participants")
    ResponseEntity<Participant> createParticipant(@PathVariable long id, @RequestBody ParticipantCommand command) {
        Participant created = participants.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/participants/" + created.id()))
                .body(created);
    }

    @GetMapping("/participants/{participantId}")
    Participant participant(@PathVariable long id, @PathVariable long participantId) {
        return participants.get(id, participantId);
    }

    @PutMapping("/participants/{participantId}")
    @Operation(summary = "Ubah peserta; kirim kembali version yang dibaca")
    Participant updateParticipant(
            @PathVariable long id, @PathVariable long participantId, @RequestBody ParticipantCommand command) {
        return participants.update(id, participantId, command);
    }

    @DeleteMapping("/participants/{participantId}")
    @Operation(summary = "Hapus peserta beserta pendaftarannya; 409 bila sudah tercatat hadir")
    ResponseEntity<Void> deleteParticipant(@PathVariable long id, @PathVariable long participantId) {
        participants.delete(id, participantId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sessions/{sessionId}/agenda")
    @Operation(summary = "Tambah acara (waktu, judul, pembicara, peran); susunan acara tetap urut waktu")
    ResponseEntity<Session> addAgendaItem(
            @PathVariable long id, @PathVariable long sessionId, @RequestBody AgendaItemCommand item) {
        return ResponseEntity.status(201).body(sessions.addAgendaItem(id, sessionId, item));
    }

    @PutMapping("/sessions/{sessionId}/agenda/{index}")
    @Operation(
            summary =
                    "Ubah acara ke-index (mulai 0, urut waktu); dengan ?version= sesi yang dibaca, 409 bila susunan acara berubah")
    Session updateAgendaItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable int index,
            @RequestParam(required = false) Long version,
            @RequestBody AgendaItemCommand item) {
        return sessions.updateAgendaItem(id, sessionId, index, item, version);
    }

    @DeleteMapping("/sessions/{sessionId}/agenda/{index}")
    @Operation(summary = "Hapus acara ke-index; dengan ?version= sesi yang dibaca, 409 bila susunan acara berubah")
    Session deleteAgendaItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable int index,
            @RequestParam(required = false) Long version) {
        return sessions.deleteAgendaItem(id, sessionId, index, version);
    }

    @DeleteMapping("/sessions/{sessionId}/registrations/{participantId}")
    @Operation(summary = "Batalkan pendaftaran peserta untuk sesi; 409 bila sudah tercatat hadir")
    AttendanceDocument unregister(
            @PathVariable long id, @PathVariable long sessionId, @PathVariable long participantId) {
        return AttendanceDocument.of(participants.unregister(id, sessionId, participantId));
    }

    @DeleteMapping("/sessions/{sessionId}/materials/{materialId}")
    ResponseEntity<Void> deleteMaterial(
            @PathVariable long id, @PathVariable long sessionId, @PathVariable long materialId) {
        materials.delete(id, sessionId, materialId);
        return ResponseEntity.noContent().build();
    }

    record Registration(List<Long> participantIds) {}

    @PutMapping("/sessions/{sessionId}/registrations")
    @Operation(summary = "Daftarkan (undang) peserta untuk sesi; yang sudah terdaftar tetap")
    AttendanceDocument register(
            @PathVariable long id, @PathVariable long sessionId, @RequestBody Registration registration) {
        return AttendanceDocument.of(participants.register(id, sessionId, registration.participantIds()));
    }

    record AttendanceDocument(
            List<Long> registeredIds, List<Long> participantIds, List<Long> onlineIds, List<Attendee> attendees) {

        static AttendanceDocument of(List<Attendee> attendees) {
            List<Attendee> present =
                    attendees.stream().filter(Attendee::attended).toList();
            return new AttendanceDocument(
                    attendees.stream()
                            .filter(Attendee::registered)
                            .map(a -> a.participant().id())
                            .toList(),
                    present.stream().map(a -> a.participant().id()).toList(),
                    present.stream()
                            .filter(a -> a.presence() == id.rancang.bimtek.Presence.ONLINE)
                            .map(a -> a.participant().id())
                            .toList(),
                    attendees);
        }
    }

    @GetMapping("/sessions/{sessionId}/attendance")
    AttendanceDocument attendance(@PathVariable long id, @PathVariable long sessionId) {
        return AttendanceDocument.of(participants.attendance(id, sessionId));
    }

    @PutMapping("/sessions/{sessionId}/attendance")
    @Operation(summary = "Catat kehadiran: participantIds hadir; onlineIds hadir daring")
    AttendanceDocument recordAttendance(
            @PathVariable long id, @PathVariable long sessionId, @RequestBody AttendanceCommand command) {
        return AttendanceDocument.of(participants.recordAttendance(id, sessionId, command));
    }

    @GetMapping("/sessions/{sessionId}/attendance.xlsx")
    @Operation(summary = "Daftar hadir sesi sebagai XLSX")
    ResponseEntity<byte[]> attendanceSheet(@PathVariable long id, @PathVariable long sessionId) {
        Session session = sessions.get(id, sessionId);
        String regionName = regions.find(masterplans.get(id).regionCode())
                .map(r -> r.name())
                .orElse("");
        byte[] sheet = AttendanceSheet.xlsx(regionName, session, participants.sheet(id, sessionId), this::text);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AttendanceSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("daftar-hadir-" + sessionId + ".xlsx"))
                .body(sheet);
    }

    @GetMapping("/sessions/{sessionId}/attendance.pdf")
    @Operation(summary = "Daftar hadir sesi sebagai PDF untuk ditandatangani")
    ResponseEntity<byte[]> attendancePdf(@PathVariable long id, @PathVariable long sessionId) {
        Session session = sessions.get(id, sessionId);
        String regionName = regions.find(masterplans.get(id).regionCode())
                .map(r -> r.name())
                .orElse("");
        byte[] pdf = AttendancePdf.pdf(regionName, session, participants.sheet(id, sessionId), this::text);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("daftar-hadir-" + sessionId + ".pdf"))
                .body(pdf);
    }

    @GetMapping("/sessions/{sessionId}/materials")
    List<Material> materials(@PathVariable long id, @PathVariable long sessionId) {
        return materials.list(id, sessionId);
    }

    @PostMapping("/sessions/{sessionId}/materials")
    @Operation(summary = "Unggah materi (PDF, PPTX, DOCX, XLSX, PNG, JPG; paling besar 20 MB)")
    ResponseEntity<Material> upload(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(value = "file", required = false) MultipartFile file) {
        Material created = materials.upload(
                id, sessionId, file == null ? null : file.getOriginalFilename(), file == null ? null : bytes(file));
        return ResponseEntity.created(URI.create(
                        "/api/v1/masterplans/" + id + "/sessions/" + sessionId + "/materials/" + created.id()))
                .body(created);
    }

    @GetMapping("/sessions/{sessionId}/materials/{materialId}")
    ResponseEntity<byte[]> material(
            @PathVariable long id, @PathVariable long sessionId, @PathVariable long materialId) {
        Materials.Content content = materials.content(id, sessionId, materialId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.material().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment(content.material().filename()))
                .body(content.bytes());
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String attachment(String filename) {
        return ContentDisposition.attachment()
                .filename(filename, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private StageDocument document(Stage stage) {
        return new StageDocument(
                stage.number(),
                text("stage." + stage.number() + ".name"),
                stage.status(),
                stage.plannedStart(),
                stage.plannedEnd(),
                stage.actualStart(),
                stage.actualEnd(),
                stage.outputs().stream()
                        .map(o -> new OutputDocument(
                                o.code(), text(o.output().messageKey()), o.done(), o.automatic(), o.note()))
                        .toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
