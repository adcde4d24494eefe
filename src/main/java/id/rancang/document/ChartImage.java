package id.rancang.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** A chart's SVG rasterised once for documents: crisp at print size in both DOCX and PDF. */
record ChartImage(byte[] png, int widthPixels, int heightPixels) {

    /** Pixels per point of the rendered image: twice the screen density, sharp on paper. */
    static final int SCALE = 2;

    static ChartImage of(String svg, int widthPoints) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) widthPoints * SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            return new ChartImage(out.toByteArray(), image.getWidth(), image.getHeight());
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("chart is not valid SVG", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int widthPoints() {
        return widthPixels / SCALE;
    }

    int heightPoints() {
        return heightPixels / SCALE;
    }
}
