package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import wsinspector.dissect.Field;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.FramingComparison;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.ui.I18n;

/** Which views a message gets below hex, tree and explanation, in the order a lesson uses them. */
final class MessageTabs {
    /**
     * What the views need from the pane.
     *
     * @param followers views that follow the selected field register here
     * @param open      shows a field of a message (possibly another one: the other half of a handshake)
     * @param viewsNow  whether the view of the tab in front is put in as soon as it is in front; while false it
     *                  waits (the inspector's first view brings it in a step after the tabs' headers)
     * @param viewsMade whether the view of the tab in front may be made, not yet put in (true at least as soon as
     *                  {@code viewsNow}): the first view makes it in a step of its own, before the step that styles it
     * @param linesOnly whether the handshake's lines show one row each, their meanings folded away (a step names
     *                  them, {@link StepTab#LINES}, or the explanation over the tabs tells the chosen one's)
     * @param meaningUnder whether, with the lines one row each, the chosen line's meaning stands under it
     * @param linesFirst whether, the view too low for the lines and the proof under them, the lines keep their rows
     *                   first (projector mode, a step about them); else each keeps two lines of its type
     * @param largeType  projector mode's large type: a close body's names stand over their values (see PayloadView)
     */
    record Context(I18n i18n, InspectorModel model, ProblemPlaces places, List<Consumer<Field>> followers,
                   BiConsumer<Message, Field> open, ObservableBooleanValue viewsNow, ObservableBooleanValue viewsMade,
                   ObservableBooleanValue linesOnly, ObservableBooleanValue meaningUnder,
                   ObservableBooleanValue linesFirst, ObservableBooleanValue largeType) {
    }

    private MessageTabs() {
    }

    static List<Tab> of(Context c) {
        Message m = c.model().message();
        I18n i18n = c.i18n();
        List<Tab> tabs = new ArrayList<>();
        if (m instanceof HandshakeMessage) {
            tabs.add(lazy(c, "handshake", () -> {
                HandshakeView hs = new HandshakeView(i18n, c.model(), c.open(), c.linesOnly(), c.meaningUnder(),
                        c.linesFirst());
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
            tabs.add(lazy(c, "payload", () -> PayloadView.of(i18n, f, c.largeType()).node()));
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
        tabs.add(verdicts(c, "problems", ProblemsView.Kind.VIOLATIONS));
        if (ProblemsView.count(m, c.places(), ProblemsView.Kind.REMARKS) > 0) {
            tabs.add(verdicts(c, "remarks", ProblemsView.Kind.REMARKS));
        }
        return tabs;
    }

    /**
     * The broken rules, or the remarks, under a title that counts them ("Violations (2)", "Remarks (1)"); the
     * violations' tab is there for every message, so "none" is said where it is looked for.
     */
    private static Tab verdicts(Context c, String id, ProblemsView.Kind kind) {
        Message m = c.model().message();
        Tab tab = lazy(c, id, () -> new ProblemsView(c.i18n(), m, c.places(), c.model()::selectField, kind).node());
        long n = ProblemsView.count(m, c.places(), kind);
        if (n > 0) {
            tab.setText(c.i18n().t("inspect.tab.counted", tab.getText(), n));
        }
        return tab;
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
        // the view made ahead, off screen, in the first view's step before the one that puts it in (and styles it):
        // making and styling it in one FX task took 58-73 ms of the FX thread on a cold JVM
        Node[] made = new Node[1];
        // until its view comes in (the first view's last step), the tab in front says that it is being prepared: on a
        // loaded machine the steps from its header to its view took seconds, the tab blank meanwhile (W8-4)
        Label preparing = preparing(c.i18n());
        Runnable make = () -> {
            if (t.isSelected() && c.viewsMade().get() && (t.getContent() == null || t.getContent() == preparing)
                    && made[0] == null) {
                made[0] = build.get();
            }
        };
        Runnable fill = () -> {
            if (!t.isSelected() || t.getContent() != null && t.getContent() != preparing) {
                return;
            }
            if (c.viewsNow().get()) {
                Node view = made[0] != null ? made[0] : build.get();
                made[0] = null;
                t.setContent(view);
            } else {
                t.setContent(preparing);
            }
        };
        t.selectedProperty().addListener((obs, was, now) -> fill.run());
        whenTrue(c.viewsMade(), make);
        whenTrue(c.viewsNow(), fill);
        make.run();
        fill.run();
        return t;
    }

    /** The style class of what a tab shows while its view is being prepared (see {@link #isPreparing}). */
    static final String PREPARING = "tab-preparing";

    private static Label preparing(I18n i18n) {
        Label l = new Label(i18n.t("inspect.preparing"));
        l.getStyleClass().addAll("inspector-preparing", PREPARING);
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return l;
    }

    /** Whether a tab's content is the words that its view is being prepared, not its view. */
    static boolean isPreparing(Node content) {
        return content != null && content.getStyleClass().contains(PREPARING);
    }

    /** Runs {@code action} once when {@code flag} next changes, unless it is true already (then the caller runs it). */
    private static void whenTrue(ObservableBooleanValue flag, Runnable action) {
        if (!flag.get()) {
            flag.addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    // once: the views come now, or this tab was replaced and the listener is let go
                    flag.removeListener(this);
                    action.run();
                }
            });
        }
    }

    /** Whether the message is text or binary data, the only kinds both framings share. */
    static boolean comparable(Message m) {
        return FramingComparison.comparable(m);
    }

    /** The message in both framings, for text and binary data (the only kinds both framings share). */
    static Optional<FramingComparison> comparison(Message m) {
        return FramingComparison.forMessage(m);
    }
}
