package wsinspector.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One RFC 6455 frame as both tshark and {@code decode --json} can report it: what the differential
 * test compares. {@code text} is the whole message's text (inflated) on the frame that completes a
 * text message, else null; {@code closeCode} is null unless a close frame carries one.
 */
record WireFrame(String dir, boolean fin, int rsv, int opcode, boolean masked, String maskKey, long payloadLength,
                 String text, Integer closeCode) {

    /** A frame line of {@code decode --json}. */
    static WireFrame ofDecodeJson(JsonNode n) {
        int rsv = (n.path("rsv1").asBoolean() ? 4 : 0) | (n.path("rsv2").asBoolean() ? 2 : 0) | (n.path("rsv3").asBoolean() ? 1 : 0);
        return new WireFrame(n.path("dir").asText(), n.path("fin").asBoolean(), rsv, n.path("opcode").asInt(),
                n.path("masked").asBoolean(), n.path("maskKey").isNull() ? null : n.path("maskKey").asText(),
                n.path("payloadLength").asLong(), n.has("text") ? n.path("text").asText() : null,
                n.has("closeCode") ? n.path("closeCode").asInt() : null);
    }
}
