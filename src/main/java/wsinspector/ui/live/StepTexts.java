package wsinspector.ui.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;
import wsinspector.net.StepKind;
import wsinspector.net.StepResult;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.CloseCode;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;
import wsinspector.ui.timeline.ArrowLabels;
import wsinspector.ui.I18n;
import wsinspector.ui.Verdicts;
import wsinspector.ui.live.LiveStepper.Step;

/**
 * What the step pane writes about a step, in the current language: pure functions of the step's data (its kind, its
 * outcome and arguments) and of the dissector's message of its bytes, worded by the bundles. Nothing is read back
 * from a sentence.
 */
final class StepTexts {
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
        boolean close = step.message() instanceof FrameMessage f && f.header() != null
                && f.header().opcode() == Opcode.CLOSE.code();
        return switch (step.kind()) {
            case OPEN_TCP -> List.of("lesson.connect");
            case BUILD_REQUEST -> List.of("lesson.request");
            case SEND_REQUEST -> List.of("live.step.lesson.send-request");
            case RECEIVE_RESPONSE -> List.of("lesson.response");
            case VERIFY_ACCEPT -> List.of("lesson.accept");
            // a client's frame is masked: the masking lesson, as step mode over a capture tells it (one lesson, so
            // that it fits the projector's screen)
            case SEND_FRAME -> close ? List.of("lesson.close") : List.of("lesson.masking");
            case RECEIVE_FRAME -> close ? List.of("live.step.lesson.receive-close") : List.of("live.step.lesson.receive-frame");
            case CLOSE_TCP -> List.of("live.step.lesson.close-tcp");
        };
    }

    /**
     * What happened, one line each: how the step ended when it did not do what it says, the message as the
     * dissector read it, and every rule the message breaks.
     */
    static String detail(I18n i18n, Step step) {
        StepResult r = step.result();
        List<String> lines = new ArrayList<>();
        if (!r.ok()) {
            lines.add(i18n.t("live.step.outcome." + r.outcome(), r.arguments().toArray()));
        } else if (step.kind() == StepKind.OPEN_TCP && r.arguments().size() == 3) {
            lines.add(i18n.t("live.step.tcp.detail." + r.arguments().get(2), r.arguments().get(0), r.arguments().get(1)));
        }
        Message m = step.message();
        if (m != null && step.kind() != StepKind.VERIFY_ACCEPT) {
            lines.add(describe(i18n, m));
        }
        if (m != null && (step.kind() != StepKind.VERIFY_ACCEPT || !r.ok())) {
            for (Problem p : m.problems()) {
                if (p.rule().severity() != Rule.Severity.INFO) {
                    lines.add(Verdicts.marked(i18n, p));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** A message in a line: a handshake by its start line, a frame by its header and payload, others as the timeline names them. */
    static String describe(I18n i18n, Message m) {
        if (m instanceof HandshakeMessage h && h.head() != null) {
            return h.head().startLine();
        }
        if (m instanceof FrameMessage f && f.header() != null) {
            return frame(i18n, f);
        }
        return ArrowLabels.label(m, i18n);
    }

    /** "Text frame (opcode 0x1), FIN 1, masked with key 37 fa 21 3d, 5 bytes of payload: "Hello"". */
    static String frame(I18n i18n, FrameMessage message) {
        FrameHeader h = message.header();
        String name = Opcode.of(h.opcode()).map(o -> i18n.t("opcode." + o.code())).orElse(i18n.t("opcode.reserved"));
        String mask = h.masked() ? i18n.t("live.step.frame.masked", Hex.of(h.maskingKey())) : i18n.t("live.step.frame.unmasked");
        byte[] payload = message.frame().unmaskedPayload();
        String base = i18n.t("live.step.frame", name, Integer.toHexString(h.opcode()).toUpperCase(), h.fin() ? 1 : 0,
                mask, payload.length);
        if (message.completed() != null && message.completed().text() != null) {
            return base + ": " + Summaries.quote(message.completed().text(), 60);
        }
        if (h.opcode() == Opcode.TEXT.code() && !h.rsv1()) {
            return base + ": " + Summaries.quote(new String(payload, StandardCharsets.UTF_8), 60);
        }
        if (h.opcode() == Opcode.CLOSE.code() && CloseBody.hasCode(payload)) {
            int code = CloseBody.of(payload).code();
            String codeName = CloseCode.of(code).map(c -> i18n.t("close." + c.code()))
                    .orElse(i18n.t("live.client.closeCode.other"));
            return base + ": " + i18n.t("live.step.frame.close", String.valueOf(code), codeName);
        }
        return base;
    }

    /** The heading of the step's bytes: how many, which way, and whether they are on the wire yet. */
    static String bytesTitle(I18n i18n, Step step) {
        byte[] b = step.result().bytes();
        if (b.length == 0) {
            return i18n.t("live.step.bytes.none");
        }
        String direction = i18n.t("live.step.direction." + step.result().direction());
        return i18n.t(step.kind() == StepKind.BUILD_REQUEST ? "live.step.bytes.built" : "live.step.bytes", b.length,
                direction);
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
}
