package wsinspector.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The negotiated parameters of permessage-deflate (RFC 7692 §7.1), as a server's response accepted them.
 *
 * @param serverMaxWindowBits 8-15, 15 when absent (RFC 7692 §7.1.2.1)
 * @param clientMaxWindowBits 8-15, 15 when absent (RFC 7692 §7.1.2.2)
 */
public record DeflateParameters(boolean serverNoContextTakeover, boolean clientNoContextTakeover,
                                int serverMaxWindowBits, int clientMaxWindowBits) {

    public static final String EXTENSION_NAME = "permessage-deflate";
    public static final int MIN_WINDOW_BITS = 8;
    public static final int MAX_WINDOW_BITS = 15;
    /** What {@link #windowBits} gives for a value that is not a window size. */
    static final int INVALID_BITS = -2;
    /** permessage-deflate with no parameter: context takeover both ways, 32 KiB windows. */
    public static final DeflateParameters DEFAULT = new DeflateParameters(false, false, 15, 15);

    public DeflateParameters {
        if (!validBits(serverMaxWindowBits) || !validBits(clientMaxWindowBits)) {
            throw new IllegalArgumentException("window bits must be 8-15: "
                    + serverMaxWindowBits + ", " + clientMaxWindowBits);
        }
    }

    /** Whether the given sender resets its compression context after each message. */
    public boolean noContextTakeover(FrameValidator.Role sender) {
        return sender == FrameValidator.Role.CLIENT ? clientNoContextTakeover
                : sender == FrameValidator.Role.SERVER && serverNoContextTakeover;
    }

    /**
     * Finds the permessage-deflate element in a {@code Sec-WebSocket-Extensions} value (RFC 6455 §9.1 grammar:
     * comma-separated extensions, each with {@code ;}-separated parameters, values as tokens or quoted strings;
     * names compared case-insensitively).
     *
     * @return the parameters of the first permessage-deflate element; empty when there is none or when that element
     *         is malformed (unknown or repeated parameter, window bits outside 8-15, a value where none is allowed),
     *         which RFC 7692 §7 tells a client to treat as a failed negotiation
     */
    public static Optional<DeflateParameters> fromExtensionHeader(String secWebSocketExtensionsValue) {
        if (secWebSocketExtensionsValue == null) {
            return Optional.empty();
        }
        for (List<String[]> element : parseElements(secWebSocketExtensionsValue)) {
            if (element.get(0)[0].equalsIgnoreCase(EXTENSION_NAME)) {
                return fromParameters(element.subList(1, element.size()));
            }
        }
        return Optional.empty();
    }

    /** The value of a {@code Sec-WebSocket-Extensions} header accepting these parameters; defaults are left out. */
    public String toHeaderValue() {
        StringBuilder s = new StringBuilder(EXTENSION_NAME);
        if (serverNoContextTakeover) {
            s.append("; server_no_context_takeover");
        }
        if (clientNoContextTakeover) {
            s.append("; client_no_context_takeover");
        }
        if (serverMaxWindowBits != MAX_WINDOW_BITS) {
            s.append("; server_max_window_bits=").append(serverMaxWindowBits);
        }
        if (clientMaxWindowBits != MAX_WINDOW_BITS) {
            s.append("; client_max_window_bits=").append(clientMaxWindowBits);
        }
        return s.toString();
    }

    private static Optional<DeflateParameters> fromParameters(List<String[]> params) {
        boolean serverNct = false;
        boolean clientNct = false;
        int serverBits = -1;
        int clientBits = -1;
        for (String[] p : params) {
            String name = p[0].toLowerCase(Locale.ROOT);
            String value = p[1];
            switch (name) {
                case "server_no_context_takeover" -> {
                    if (serverNct || value != null) {
                        return Optional.empty();
                    }
                    serverNct = true;
                }
                case "client_no_context_takeover" -> {
                    if (clientNct || value != null) {
                        return Optional.empty();
                    }
                    clientNct = true;
                }
                case "server_max_window_bits" -> {
                    if (serverBits != -1 || value == null) {
                        return Optional.empty();
                    }
                    serverBits = windowBits(value);
                    if (serverBits == INVALID_BITS) {
                        return Optional.empty();
                    }
                }
                case "client_max_window_bits" -> {
                    // In an offer the value may be absent (RFC 7692 §7.1.2.2); read leniently as the default.
                    if (clientBits != -1) {
                        return Optional.empty();
                    }
                    clientBits = value == null ? MAX_WINDOW_BITS : windowBits(value);
                    if (clientBits == INVALID_BITS) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new DeflateParameters(serverNct, clientNct,
                serverBits == -1 ? MAX_WINDOW_BITS : serverBits, clientBits == -1 ? MAX_WINDOW_BITS : clientBits));
    }

    /** RFC 7692 §7.1.2: a decimal 8-15 without leading zeros; {@link #INVALID_BITS} if not (null and "" included). */
    static int windowBits(String value) {
        if (value == null || !value.matches("[1-9][0-9]?")) {
            return INVALID_BITS;
        }
        int bits = Integer.parseInt(value);
        return validBits(bits) ? bits : INVALID_BITS;
    }

    static boolean validBits(int bits) {
        return bits >= MIN_WINDOW_BITS && bits <= MAX_WINDOW_BITS;
    }

    /**
     * Splits the header value into elements; each element is a list of {name, value-or-null}, the first being the
     * extension name. Commas and semicolons inside quoted strings do not split.
     */
    private static List<List<String[]>> parseElements(String header) {
        List<List<String[]>> elements = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < header.length()) {
                    token.append(header.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    token.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';' || c == ',') {
                addParameter(current, token.toString());
                token.setLength(0);
                if (c == ',') {
                    addElement(elements, current);
                    current = new ArrayList<>();
                }
            } else {
                token.append(c);
            }
        }
        addParameter(current, token.toString());
        addElement(elements, current);
        return elements;
    }

    private static void addParameter(List<String[]> element, String text) {
        int eq = text.indexOf('=');
        String name = (eq < 0 ? text : text.substring(0, eq)).trim();
        String value = eq < 0 ? null : text.substring(eq + 1).trim();
        if (!name.isEmpty() || value != null) {
            element.add(new String[] {name, value});
        }
    }

    private static void addElement(List<List<String[]>> elements, List<String[]> element) {
        if (!element.isEmpty()) {
            elements.add(element);
        }
    }
}
