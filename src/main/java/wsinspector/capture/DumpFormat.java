package wsinspector.capture;

import wsinspector.protocol.Phrase;

/** The kinds of byte dump {@link DumpReader} understands, each named after the tool that writes it. */
public enum DumpFormat {
    /** Not a text dump: the file's bytes are the bytes. */
    RAW("raw bytes"),
    /** Hex digits with optional spaces, commas, {@code 0x} prefixes and line breaks. */
    PLAIN_HEX("plain hex"),
    /** {@code xxd}: {@code 00000000: 8105 4865 …  ..He}. */
    XXD("xxd"),
    /** {@code xxd -p}: lines of hex digits only. */
    XXD_PLAIN("xxd -p"),
    /** {@code hexdump -C}: {@code 00000000  81 05 48 …  |..H|}. */
    HEXDUMP_C("hexdump -C"),
    /** {@code od -Ax -tx1} (or any offset radix): {@code 000000 81 05 48 …}. */
    OD("od -tx1"),
    /** {@code tcpdump -x}, {@code -xx} or {@code -X}: {@code \t0x0000:  4500 0034 …}, one packet per block. */
    TCPDUMP("tcpdump -x/-X"),
    /** Wireshark "Copy as Hex + ASCII Dump": {@code 0000   81 05 48 …   ..H}. */
    WIRESHARK_HEX("Wireshark hex dump"),
    /** A libpcap capture file (tcpdump {@code -w}). */
    PCAP("pcap"),
    /** A pcapng capture file (Wireshark, dumpcap, tshark). */
    PCAPNG("pcapng"),
    /** An HTTP Archive with WebSocket messages (browser developer tools, Playwright); its frames are reconstructed. */
    HAR("HAR");

    private final String toolName;

    DumpFormat(String toolName) {
        this.toolName = toolName;
    }

    /** How a person would name the format in a message, e.g. {@code hexdump -C}. */
    public String toolName() {
        return toolName;
    }

    /**
     * The name as words in a sentence: a tool's command as it is typed (the same in every language), the
     * formats named by words as the bundle's {@code cli.format.*} phrase.
     */
    public Object spoken() {
        return this == RAW || this == PLAIN_HEX || this == WIRESHARK_HEX ? Phrase.of("cli.format." + name()) : toolName;
    }
}
