package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import wsinspector.dissect.Field;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.FramingComparison;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.Opcode;
import wsinspector.ui.I18n;

/** Which views a message gets below hex, tree and explanation, in the order a lesson uses them. */
final class MessageTabs {
    /** The key of RFC 6455 §5.7's example, used when a legacy client frame is shown in RFC 6455 framing. */
    static final byte[] EXAMPLE_KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    /**
     * What the views need from the pane.
     *
     * @param followers views that follow the selected field register here
     * @param open      shows a field of a message (possibly another one: the other half of a handshake)
     */
    record Context(I18n i18n, InspectorModel model, HexStyler styler, List<Consumer<Field>> followers,
                   BiConsumer<Message, Field> open) {
    }

    private MessageTabs() {
    }

    static List<Tab> of(Context c) {
        Message m = c.model().message();
        I18n i18n = c.i18n();
        List<Tab> tabs = new ArrayList<>();
        if (m instanceof HandshakeMessage) {
            HandshakeView hs = new HandshakeView(i18n, c.model(), c.open());
            c.followers().add(hs::select);
            tabs.add(tab(i18n, "handshake", hs.node()));
        } else if (m instanceof FrameMessage f && f.header() != null) {
            BitsView bits = new BitsView(i18n, f, c.model()::selectField);
            c.followers().add(bits::select);
            tabs.add(tab(i18n, "bits", bits.node()));
            if (f.header().masked()) {
                tabs.add(tab(i18n, "masking", new MaskingView(i18n, f, c.model()::selectByte).node()));
            }
            tabs.add(tab(i18n, "payload", PayloadView.of(i18n, f).node()));
        } else if (m instanceof LegacyFrameMessage l) {
            tabs.add(tab(i18n, "payload", PayloadView.of(i18n, l).node()));
        } else if (m instanceof UndecodedBytes u) {
            tabs.add(tab(i18n, "reason", new UndecodedView(i18n, u).node()));
        }
        comparison(m).ifPresent(cmp -> tabs.add(tab(i18n, "legacy",
                new LegacyComparisonView(i18n, cmp, m instanceof LegacyFrameMessage && cmp.rfc6455().header().masked())
                        .node())));
        tabs.add(tab(i18n, "problems", new ProblemsView(i18n, m, c.model()::selectField).node()));
        return tabs;
    }

    /** The message in both framings, for text and binary data (the only kinds both framings share). */
    static Optional<FramingComparison> comparison(Message m) {
        if (m instanceof FrameMessage f && f.header() != null) {
            int opcode = f.completed() != null ? f.completed().opcode().code() : f.header().opcode();
            if (opcode != Opcode.TEXT.code() && opcode != Opcode.BINARY.code()) {
                return Optional.empty();
            }
            byte[] payload = f.completed() != null ? f.completed().payload() : f.frame().unmaskedPayload();
            return Optional.of(FramingComparison.of(opcode, payload, f.header().maskingKey()));
        }
        if (m instanceof LegacyFrameMessage l) {
            LegacyFrame frame = l.frame();
            boolean text = frame.kind() == LegacyFrame.Kind.TEXT_SENTINEL && frame.frameType() == LegacyFrame.TYPE_TEXT;
            if (!text && frame.kind() != LegacyFrame.Kind.LENGTH_PREFIXED) {
                return Optional.empty();
            }
            byte[] key = l.direction() == wsinspector.dissect.Direction.CLIENT_TO_SERVER ? EXAMPLE_KEY : null;
            return Optional.of(FramingComparison.of(text ? Opcode.TEXT.code() : Opcode.BINARY.code(), frame.payload(), key));
        }
        return Optional.empty();
    }

    static Tab tab(I18n i18n, String id, Node content) {
        Tab t = new Tab(i18n.t("inspect.tab." + id), content);
        t.setId(id);
        return t;
    }
}
