package wsinspector.capture.packet;

/**
 * One end of a TCP connection as Wireshark writes it: {@code 127.0.0.1:5000}, {@code [::1]:5000}.
 *
 * @param address the IP address in its usual text form ({@code ::} compression for IPv6)
 */
public record Endpoint(String address, int port) {
    @Override
    public String toString() {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }

    static Endpoint of(boolean ipv6, long high, long low, int port) {
        return new Endpoint(ipv6 ? ipv6Text(high, low) : ipv4Text(low), port);
    }

    private static String ipv4Text(long a) {
        return ((a >> 24) & 0xFF) + "." + ((a >> 16) & 0xFF) + "." + ((a >> 8) & 0xFF) + "." + (a & 0xFF);
    }

    /** RFC 5952 text: lower case, leading zeros dropped, the longest run of two or more zero groups as {@code ::}. */
    private static String ipv6Text(long high, long low) {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
            groups[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }
}
