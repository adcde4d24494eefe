package id.rancang.region;

import java.util.List;

/** The typical offices of a regency or city, with which a region starts (editable afterwards). */
final class DefaultOffices {

    record Template(String code, String name) {}

    static final List<Template> ALL = List.of(
            new Template("SETDA", "Sekretariat Daerah"),
            new Template("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
            new Template("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
            new Template("DISKOMINFO", "Dinas Komunikasi dan Informatika"),
            new Template("DINKES", "Dinas Kesehatan"),
            new Template("DISDIK", "Dinas Pendidikan"),
            new Template("DISHUB", "Dinas Perhubungan"),
            new Template("DLH", "Dinas Lingkungan Hidup"),
            new Template("DISPAR", "Dinas Pariwisata"),
            new Template("DISPERINDAG", "Dinas Perindustrian dan Perdagangan"),
            new Template("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"),
            new Template("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            new Template("DINSOS", "Dinas Sosial"),
            new Template("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
            new Template("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa"),
            new Template("BPBD", "Badan Penanggulangan Bencana Daerah"));

    private DefaultOffices() {}
}
