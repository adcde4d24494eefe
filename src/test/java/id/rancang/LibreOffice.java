package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Converts a generated document with a real office suite: LibreOffice (headless, from Debian's
 * packages) loads it and writes a PDF. A file it cannot load fails the conversion. Tests that use
 * it are skipped, with the reason, where LibreOffice is not installed ({@code .ci/run} installs it).
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {}

    /** The PDF LibreOffice made of {@code document}, in {@code folder}/out. */
    public static Path convertToPdf(Path document, Path folder) throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(SOFFICE),
                "LibreOffice check skipped: no " + SOFFICE + " (install the Debian package libreoffice-writer-nogui)");
        Path log = folder.resolve("soffice-" + document.getFileName() + ".log");
        Process soffice = new ProcessBuilder(
                        SOFFICE.toString(),
                        "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        folder.resolve("out").toString(),
                        document.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        String name = document.getFileName().toString();
        Path pdf = folder.resolve("out").resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as(Files.readString(log)).exists();
        return pdf;
    }
}
