package wsinspector.legacy;

import java.util.Random;

/** Makes a Sec-WebSocket-Key1/Key2 value the way draft-hixie-76 §4.1 tells a client to. */
final class Hixie76RandomKeys {

    private static final long MAX_U32 = 0xFFFF_FFFFL;

    private Hixie76RandomKeys() {
    }

    static String key(Random r) {
        int spaces = 1 + r.nextInt(12);                       // spaces_n: 1 to 12
        long max = MAX_U32 / spaces;                           // max_n
        long number = Math.floorMod(r.nextLong(), max + 1);    // number_n: 0 to max_n
        StringBuilder key = new StringBuilder(Long.toString(number * spaces)); // key_n = product_n
        int letters = 1 + r.nextInt(12);
        for (int i = 0; i < letters; i++) {
            key.insert(r.nextInt(key.length() + 1), randomLetter(r));
        }
        for (int i = 0; i < spaces; i++) {
            // anywhere but the first and last positions
            key.insert(1 + r.nextInt(key.length() - 1), ' ');
        }
        return key.toString();
    }

    /** A character from U+0021–U+002F or U+003A–U+007E: printable, neither digit nor space. */
    private static char randomLetter(Random r) {
        int pick = r.nextInt(15 + 69);
        return (char) (pick < 15 ? 0x21 + pick : 0x3A + pick - 15);
    }
}
