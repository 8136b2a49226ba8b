package wsinspector.ui.inspect;

import wsinspector.dissect.Direction;
import wsinspector.ui.I18n;

/** Small localized phrases the views share: byte counts with the right plural, directions. */
final class Texts {
    private Texts() {
    }

    /** "1 byte", "11 bytes"; in Russian "1 байт", "2 байта", "11 байт", "21 байт". */
    static String bytes(I18n i18n, long n) {
        return i18n.t("inspect.bytes." + plural(i18n, n), n);
    }

    /** The plural category of a count: one, few or many (English uses one and many only). */
    static String plural(I18n i18n, long n) {
        if (!i18n.isRussian()) {
            return n == 1 ? "one" : "many";
        }
        long mod10 = n % 10;
        long mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "few";
        }
        return "many";
    }

    static String direction(I18n i18n, Direction d) {
        return i18n.t(d == Direction.CLIENT_TO_SERVER ? "inspect.dir.c2s" : "inspect.dir.s2c");
    }
}
