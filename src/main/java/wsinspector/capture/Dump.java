package wsinspector.capture;

import java.util.List;
import java.util.Objects;
import wsinspector.dissect.Chunk;

/**
 * What a dump file held.
 *
 * @param format               the format it was read as
 * @param chunks               its bytes, split where a direction marker or (tcpdump) a packet starts; empty for an empty file
 * @param hadDirectionMarkers  whether lines like {@code # c2s} named the directions
 */
public record Dump(DumpFormat format, List<Chunk> chunks, boolean hadDirectionMarkers) {
    public Dump {
        Objects.requireNonNull(format, "format");
        chunks = List.copyOf(chunks);
    }
}
