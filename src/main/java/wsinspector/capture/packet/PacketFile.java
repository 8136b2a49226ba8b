package wsinspector.capture.packet;

import java.io.IOException;
import java.io.InputStream;

/**
 * The packet capture files read here, told apart by their first four bytes: libpcap ({@code a1b2c3d4}
 * or {@code a1b23c4d}, either byte order) and pcapng ({@code 0a0d0d0a}).
 */
public enum PacketFile {
    PCAP("pcap"),
    PCAPNG("pcapng");

    private final String formatName;

    PacketFile(String formatName) {
        this.formatName = formatName;
    }

    public String formatName() {
        return formatName;
    }

    /** The packet file these first bytes start, or null. */
    public static PacketFile of(byte[] head, int length) {
        if (length < 4) {
            return null;
        }
        int word = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        if (PcapReader.isMagic(word)) {
            return PCAP;
        }
        return word == PcapngReader.SECTION_HEADER ? PCAPNG : null;
    }

    /**
     * Streams the file's packets to the listener, in blocks: memory stays at the largest packet.
     * {@code head} holds the first {@code length} bytes already taken from {@code rest}.
     */
    public void read(byte[] head, int length, InputStream rest, PacketListener listener) throws IOException {
        BlockInput in = new BlockInput(head, length, rest);
        if (this == PCAP) {
            PcapReader.read(in, listener);
        } else {
            PcapngReader.read(in, listener);
        }
    }
}
