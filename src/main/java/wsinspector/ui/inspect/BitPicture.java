package wsinspector.ui.inspect;

/**
 * Wireshark's picture of a bit field inside its byte: the field's bits as 0 and 1, the others as
 * dots, in two groups of four ({@code 1... ....} for FIN, {@code .... 0001} for the opcode,
 * {@code .000 0101} for a 7-bit length).
 */
public final class BitPicture {
    private BitPicture() {
    }

    /**
     * @param byteValue the whole byte, 0–255
     * @param bitOffset the field's first bit, 0 = most significant
     * @param bitLength how many bits the field has
     */
    public static String of(int byteValue, int bitOffset, int bitLength) {
        StringBuilder sb = new StringBuilder(9);
        for (int bit = 0; bit < 8; bit++) {
            if (bit == 4) {
                sb.append(' ');
            }
            boolean inField = bit >= bitOffset && bit < bitOffset + bitLength;
            sb.append(inField ? (char) ('0' + ((byteValue >> (7 - bit)) & 1)) : '.');
        }
        return sb.toString();
    }
}
