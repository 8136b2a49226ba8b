package wsinspector.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import wsinspector.capture.CaptureReader;
import wsinspector.capture.CapturedConnection;

/** The real samples as export sources, and handouts rendered and read back as a reader would. */
final class Exports {
    static final Path COURSE_NOTES = Path.of("samples/course-notes.xxd");
    static final Path JDK_CLIENT = Path.of("samples/jdk-client.pcapng");
    static final Path HIXIE76 = Path.of("samples/hixie76.xxd");

    private Exports() {
    }

    /** The file's first WebSocket conversation, as the window and the command line number it. */
    static ExportSource source(Path file) {
        try {
            CapturedConnection c = CaptureReader.read(file, CaptureReader.Options.defaults()).firstWebSocket();
            assertNotNull(c, file + " holds a WebSocket conversation");
            boolean packets = c.client() != null;
            return new ExportSource(file.getFileName().toString(), packets ? c.stream() : -1,
                    packets ? c.client().toString() : null, packets ? c.server().toString() : null, c.dissect().messages());
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    static byte[] render(Handout handout, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(handout, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The SVG parsed as XML (it must be well-formed), no DTD or outside entity allowed. */
    static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + new String(svg, StandardCharsets.UTF_8), e);
        }
    }

    /** Every {@code <text>} of an SVG, in document order. */
    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
