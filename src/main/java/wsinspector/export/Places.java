package wsinspector.export;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

/** Where a field is in its message, in words: "byte 0, bits 4–7", "bytes 2–5", "—" for a computed value. */
final class Places {
    private Places() {
    }

    static String of(Field f, Message m, Words words) {
        if (f.length() == 0) {
            return "—";
        }
        long first = f.offset() - m.offset();
        if (f.isBits()) {
            return f.bitLength() == 1 ? words.t("place.bit", first, f.bitOffset())
                    : words.t("place.bits", first, f.bitOffset(), f.bitOffset() + f.bitLength() - 1);
        }
        return f.length() == 1 ? words.t("place.byte", first) : words.t("place.bytes", first, first + f.length() - 1);
    }

    /** A value cut for a table cell, so a 64-byte preview does not fill a slide. */
    static String cut(String value, int limit) {
        return value.length() <= limit ? value : value.substring(0, limit) + " …";
    }
}
