package wsinspector.capture.packet;

/** Reads the integers of a capture file's headers in the file's byte order. */
record ByteOrderView(boolean bigEndian) {
    int u16(byte[] b, int at) {
        int x = bigEndian ? ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF) : ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
        return x;
    }

    long u32(byte[] b, int at) {
        return i32(b, at) & 0xFFFF_FFFFL;
    }

    int i32(byte[] b, int at) {
        if (bigEndian) {
            return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
        }
        return ((b[at + 3] & 0xFF) << 24) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
    }
}
