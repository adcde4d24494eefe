package id.rancang.document;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** A chart's SVG rasterised once for documents: crisp at print size in both DOCX and PDF. */
record ChartImage(byte[] png, int widthPixels, int heightPixels) {

    /** Pixels per point of the rendered image: twice the screen density, sharp on paper. */
    static final int SCALE = 2;

    /** Recently rasterised charts: a book's DOCX and PDF, and books sharing a chart, draw it once. */
    private static final Map<String, ChartImage> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChartImage> eldest) {
            return size() > 24;
        }
    };

    static ChartImage of(String svg, int widthPoints) {
        String key = widthPoints + ":" + svg;
        synchronized (RECENT) {
            ChartImage known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        ChartImage image = rasterise(svg, widthPoints);
        synchronized (RECENT) {
            RECENT.put(key, image);
        }
        return image;
    }

    private static ChartImage rasterise(String svg, int widthPoints) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) widthPoints * SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
            // The size is in the PNG header (IHDR: width and height, big-endian, at bytes 16 and 20).
            ByteBuffer header = ByteBuffer.wrap(out.toByteArray(), 16, 8);
            return new ChartImage(out.toByteArray(), header.getInt(), header.getInt());
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("chart is not valid SVG", e);
        }
    }

    int widthPoints() {
        return widthPixels / SCALE;
    }

    int heightPoints() {
        return heightPixels / SCALE;
    }
}
