package wsinspector.explain;

/**
 * The plural category of a count, as the bundles' {@code .one}, {@code .few} and {@code .many} keys name it: Russian
 * has three («1 байт», «2 байта», «5 байт»), English uses one and many only. The window and the command line share it,
 * so «33 байт» in one and «33 байта» in the other cannot happen.
 */
public final class Plural {
    private Plural() {
    }

    public static String category(boolean russian, long n) {
        if (!russian) {
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
}
