package wsinspector.capture;

/**
 * Files that are no WebSocket bytes, known by their first bytes: their bytes must never be dissected
 * as frames (a PNG is no Ping). The name is for a person: "a PNG image".
 */
public enum FileSignature {
    GZIP("gzip", new int[] {0x1F, 0x8B}),
    PNG("png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    GIF("gif", new int[] {'G', 'I', 'F', '8'}),
    ZIP("zip", new int[] {'P', 'K', 0x03, 0x04}),
    PDF("pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    BZIP2("bzip2", new int[] {'B', 'Z', 'h'}),
    XZ("xz", new int[] {0xFD, '7', 'z', 'X', 'Z', 0x00}),
    ELF("elf", new int[] {0x7F, 'E', 'L', 'F'}),
    JAVA_CLASS("class", new int[] {0xCA, 0xFE, 0xBA, 0xBE});

    private final String code;
    private final int[] magic;

    FileSignature(String code, int[] magic) {
        this.code = code;
        this.magic = magic;
    }

    /** The key part naming it in the bundles: {@code signature.<code>}. */
    public String code() {
        return code;
    }

    /** The signature these first bytes start, or null. */
    public static FileSignature of(byte[] head, int length) {
        for (FileSignature s : values()) {
            if (s.matches(head, length)) {
                return s;
            }
        }
        return null;
    }

    private boolean matches(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
