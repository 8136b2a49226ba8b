package wsinspector.ui.live;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wsinspector.dissect.Hex;
import wsinspector.dissect.Summaries;
import wsinspector.net.StepKind;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Opcode;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveStepper.Step;

/** What the step pane writes about a step, in the current language: pure functions of the step. */
final class StepTexts {
    private static final Pattern TCP = Pattern.compile("connected from (\\S+) to (\\S+).*");

    private StepTexts() {
    }

    /** The step's heading: "Open a TCP connection", "Send a frame". */
    static String title(I18n i18n, Step step) {
        return i18n.t("live.step.kind." + step.kind());
    }

    /**
     * The explanation keys (each with {@code .title} and {@code .explain}) of the lesson texts that belong to the
     * step: the course's lesson texts where one fits, the step mode's own otherwise.
     */
    static List<String> lessons(Step step) {
        int opcode = opcode(step.result().bytes());
        return switch (step.kind()) {
            case OPEN_TCP -> List.of("lesson.connect");
            case BUILD_REQUEST -> List.of("lesson.request");
            case SEND_REQUEST -> List.of("live.step.lesson.send-request");
            case RECEIVE_RESPONSE -> List.of("lesson.response");
            case VERIFY_ACCEPT -> List.of("lesson.accept");
            case SEND_FRAME -> opcode == Opcode.CLOSE.code() ? List.of("lesson.close") : List.of("lesson.frames", "lesson.masking");
            case RECEIVE_FRAME -> opcode == Opcode.CLOSE.code() ? List.of("live.step.lesson.receive-close")
                    : List.of("live.step.lesson.receive-frame");
            case CLOSE_TCP -> List.of("live.step.lesson.close-tcp");
        };
    }

    /** A short account of what happened, localized where the step's detail has a known form. */
    static String detail(I18n i18n, Step step) {
        byte[] bytes = step.result().bytes();
        if (step.kind() == StepKind.OPEN_TCP) {
            Matcher m = TCP.matcher(step.result().detail());
            return m.matches() ? i18n.t("live.step.tcp.detail", m.group(1), m.group(2)) : step.result().detail();
        }
        if ((step.kind() == StepKind.SEND_FRAME || step.kind() == StepKind.RECEIVE_FRAME) && bytes.length >= 2) {
            return frame(i18n, bytes);
        }
        if (step.kind() == StepKind.RECEIVE_RESPONSE) {
            return LiveStepper.head(bytes).map(h -> h.startLine()).orElse(step.result().detail());
        }
        return "";
    }

    /** "Text frame (opcode 0x1), FIN 1, masked with key 37 fa 21 3d, 5 bytes of payload: "Hello"". */
    static String frame(I18n i18n, byte[] frame) {
        FrameHeader h = FrameHeader.parse(frame, 0, frame.length).orElse(null);
        if (h == null) {
            return Hex.preview(frame);
        }
        String name = Opcode.of(h.opcode()).map(o -> i18n.t("opcode." + o.code())).orElse(i18n.t("opcode.reserved"));
        String mask = h.masked() ? i18n.t("live.step.frame.masked", Hex.of(h.maskingKey())) : i18n.t("live.step.frame.unmasked");
        byte[] payload = new DecodedFrame(0, h, frame, false).unmaskedPayload();
        String base = i18n.t("live.step.frame", name, Integer.toHexString(h.opcode()).toUpperCase(), h.fin() ? 1 : 0,
                mask, payload.length);
        if (h.opcode() == Opcode.TEXT.code() && !h.rsv1()) {
            return base + ": " + Summaries.quote(new String(payload, StandardCharsets.UTF_8), 60);
        }
        if (h.opcode() == Opcode.CLOSE.code() && CloseBody.hasCode(payload)) {
            int code = CloseBody.of(payload).code();
            return base + ": " + i18n.t("live.step.frame.close", String.valueOf(code), i18n.t("close." + code));
        }
        return base;
    }

    /** The bytes as a person reads them: an HTTP head as its lines, a frame as hex. */
    static String bytes(Step step) {
        byte[] b = step.result().bytes();
        return switch (step.kind()) {
            case BUILD_REQUEST, SEND_REQUEST, RECEIVE_RESPONSE -> httpLines(b);
            default -> Hex.of(b);
        };
    }

    /** An HTTP head with each CR LF shown as ↵, so the class sees where lines end and the blank line that ends it. */
    static String httpLines(byte[] b) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        return text.replace("\r\n", "↵\n");
    }

    private static int opcode(byte[] frame) {
        return frame.length == 0 ? -1 : frame[0] & 0x0F;
    }
}
