package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    record Context(I18n i18n, InspectorModel model, ProblemPlaces places, List<Consumer<Field>> followers,
                   BiConsumer<Message, Field> open) {
    }

    private MessageTabs() {
    }

    static List<Tab> of(Context c) {
        Message m = c.model().message();
        I18n i18n = c.i18n();
        List<Tab> tabs = new ArrayList<>();
        if (m instanceof HandshakeMessage) {
            tabs.add(lazy(c, "handshake", () -> {
                HandshakeView hs = new HandshakeView(i18n, c.model(), c.open());
                follow(c, hs::select);
                return hs.node();
            }));
        } else if (m instanceof FrameMessage f && f.header() != null) {
            tabs.add(lazy(c, "bits", () -> {
                BitsView bits = new BitsView(i18n, f, c.places(), c.model()::selectField);
                follow(c, bits::select);
                return bits.node();
            }));
            if (f.header().masked()) {
                tabs.add(lazy(c, "masking", () -> new MaskingView(i18n, f, c.model()::selectByte).node()));
            }
            tabs.add(lazy(c, "payload", () -> PayloadView.of(i18n, f).node()));
        } else if (m instanceof LegacyFrameMessage l) {
            tabs.add(lazy(c, "payload", () -> PayloadView.of(i18n, l).node()));
        } else if (m instanceof UndecodedBytes u) {
            tabs.add(lazy(c, "reason", () -> new UndecodedView(i18n, u).node()));
        }
        if (comparable(m)) {
            tabs.add(lazy(c, "legacy", () -> new LegacyComparisonView(i18n, comparison(m).orElseThrow(),
                    m instanceof LegacyFrameMessage && m.direction() == wsinspector.dissect.Direction.CLIENT_TO_SERVER)
                    .node()));
        }
        tabs.add(lazy(c, "problems", () -> new ProblemsView(i18n, m, c.places(), c.model()::selectField).node()));
        return tabs;
    }

    /** A view that follows the selection, starting from the current one. */
    private static void follow(Context c, Consumer<Field> view) {
        c.followers().add(view);
        view.accept(c.model().selectedField());
    }

    /**
     * A tab whose view is built the first time it is shown: clicking through a thousand frames
     * builds only the view in front (the legacy comparison encodes and dissects the message twice).
     */
    static Tab lazy(Context c, String id, Supplier<Node> build) {
        Tab t = new Tab(c.i18n().t("inspect.tab." + id));
        t.setId(id);
        Runnable fill = () -> {
            if (t.getContent() == null) {
                t.setContent(build.get());
            }
        };
        t.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                fill.run();
            }
        });
        if (t.isSelected()) {
            fill.run();
        }
        return t;
    }

    /** Whether the message is text or binary data, the only kinds both framings share. */
    static boolean comparable(Message m) {
        if (m instanceof FrameMessage f && f.header() != null) {
            int opcode = f.completed() != null ? f.completed().opcode().code() : f.header().opcode();
            return opcode == Opcode.TEXT.code() || opcode == Opcode.BINARY.code();
        }
        if (m instanceof LegacyFrameMessage l) {
            LegacyFrame frame = l.frame();
            return frame.kind() == LegacyFrame.Kind.LENGTH_PREFIXED
                    || frame.kind() == LegacyFrame.Kind.TEXT_SENTINEL && frame.frameType() == LegacyFrame.TYPE_TEXT;
        }
        return false;
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
}
