package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageFacts;
import wsinspector.dissect.MessageIndex;

/**
 * What the window keeps of a capture (a {@link MessageIndex} filled by a counting dissector) gives, row by row, the
 * messages the full dissector makes of the samples real programs wrote: every connection, both directions,
 * compressed, fragmented, hixie-76, a protocol error, a HAR.
 */
class IndexedSamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"chromium-deflate.pcapng", "chromium.har", "jdk-client.pcapng", "hixie76-client.pcapng",
            "protocol-error.pcapng", "course-notes.xxd", "hixie76.xxd"})
    void theIndexGivesTheDissectorsMessages(String sample) throws Exception {
        Capture capture = CaptureReader.read(Path.of("samples", sample), CaptureReader.Options.defaults());
        assertFalse(capture.connections().isEmpty());
        for (CapturedConnection c : capture.connections()) {
            List<Message> full = c.dissect().messages();
            MessageIndex index = new MessageIndex();
            Dissector indexing = new Dissector(index, index);
            c.pieces().forEach(p -> p.feed(indexing));
            indexing.finish();

            assertEquals(full.size(), index.size(), sample + " stream " + c.stream());
            for (int i = 0; i < full.size(); i++) {
                assertEquals(MessageFacts.of(full.get(i)), MessageFacts.of(index.get(i)),
                        sample + " stream " + c.stream() + " row " + i);
            }
        }
    }
}
