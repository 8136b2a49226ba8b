package wsinspector.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English in text meant to be Russian: runs of Latin-script words that are not protocol tokens (header
 * names, opcodes, RFC, UTF-8, hex, tool names), which a Russian reader would see as untranslated. Data from the
 * wire ("Hello", a header's value) must be taken out by the caller: this only knows words.
 */
public final class EnglishWords {
    /** A word: letters, digits and the joiners a token may hold (Sec-WebSocket-Key, UTF-8, x-foo, 0x1F). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_+/.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Tokens of the protocols and tools, the same in every language. */
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?i:rfc|https?|ws|wss|url|uri|get|utf-8|utf8|ascii|sha-1|md5|base64|guid|tcp|ip|tls|iana|dns|ietf|json)",
            "(?i:chat|gzip|br|zstd|utc|syn|ack|rst|fin|rsv[123]?|mask|opcode|cr|lf|crlf|nul|deflate|inflate|zlib|blob|arraybuffer|javascript|api|os)",
            // header names, extension and subprotocol tokens, hixie drafts: Sec-WebSocket-Key, permessage-deflate
            "(?i:[a-z]+(-[a-z0-9]+)+(/[0-9]+)?)",
            "(?i:websocket|upgrade|connection|host|origin|cookie|pragma|server|date|location|user-agent)",
            "(?i:permessage|hixie|hybi|draft|wireshark|tshark|tcpdump|xxd|hexdump|od|pcap|pcapng|har|curl|node|jdk|java|chrome|firefox|netty|okhttp|jetty)",
            "(?i:http/\\d\\.\\d|http|xor|mod|mqtt|key[123]|[a-z]+\\.(ru|com|org|net|example))",
            // hex, numbers with units written as symbols, c2s/s2c
            "0x[0-9a-fA-F]+|[0-9a-fA-F]{1,2}|\\d+[a-zA-Z]*|[0-9a-fA-F]{4,}|c2s|s2c",
            // single letters (a variable, a key such as k1)
            "[a-zA-Z]\\d*"));

    /** Status lines' reason phrases and the like, quoted by the explanations as the wire has them. */
    private static final Pattern WIRE_PHRASE = Pattern.compile(
            "WebSocket Protocol Handshake|Switching Protocols|Bad Request|Upgrade Required|Not Found|Forbidden");

    private EnglishWords() {
    }

    /** The runs of English words in {@code text}, each as it appears; empty when there is none. */
    public static List<String> phrases(String text) {
        List<String> found = new ArrayList<>();
        for (String line : WIRE_PHRASE.matcher(text).replaceAll(" ").split("\n")) {
            Matcher m = WORD.matcher(line);
            int runStart = -1;
            int runEnd = -1;
            while (m.find()) {
                String w = m.group();
                boolean english = isEnglish(w);
                if (english && runStart >= 0 && onlySeparators(line, runEnd, m.start())) {
                    runEnd = m.end();
                } else {
                    if (runStart >= 0) {
                        found.add(line.substring(runStart, runEnd));
                    }
                    runStart = english ? m.start() : -1;
                    runEnd = english ? m.end() : -1;
                }
            }
            if (runStart >= 0) {
                found.add(line.substring(runStart, runEnd));
            }
        }
        return found;
    }

    /** A Latin-script word that is no protocol token. */
    static boolean isEnglish(String word) {
        return LATIN.matcher(word).find() && !CYRILLIC.matcher(word).find() && !TOKEN.matcher(word).matches();
    }

    /** Whether only spaces and light punctuation lie between two words, so they read as one phrase. */
    private static boolean onlySeparators(String line, int from, int to) {
        return line.substring(from, to).matches("[\\s,;:'’()\\-]*");
    }
}
