package wsinspector.ui.inspect;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * The opening handshake line by line: the request and the response, each line as it was sent with
 * its plain-language explanation beside it and its problems marked; beside them the proof that the
 * answer belongs to the request (the accept-key computation, or hixie-76's Key1/Key2/MD5).
 * A click on a line selects its field, in the other message if it belongs there.
 */
final class HandshakeView {
    private final I18n i18n;
    private final BiConsumer<Message, Field> open;
    private final Map<Field, Row> rows = new IdentityHashMap<>();
    private final SplitPane split = new SplitPane();
    private final ProofPanel proof;
    /** Whether each line takes one row across the view, the meanings folded away (see {@link #select}). */
    private final javafx.beans.value.ObservableBooleanValue linesOnly;
    /** Whether, one row each, the chosen line's meaning stands under it (no explanation over the tabs tells it). */
    private final javafx.beans.value.ObservableBooleanValue meaningUnder;
    /** Whether, too low for both, the lines keep their first rows before the proof keeps two lines. */
    private final javafx.beans.value.ObservableBooleanValue linesFirst;
    private final VBox lines = new VBox();
    private Field selected;

    HandshakeView(I18n i18n, InspectorModel model, BiConsumer<Message, Field> open,
                  javafx.beans.value.ObservableBooleanValue linesOnly) {
        this(i18n, model, open, linesOnly, linesOnly, linesOnly);
    }

    HandshakeView(I18n i18n, InspectorModel model, BiConsumer<Message, Field> open,
                  javafx.beans.value.ObservableBooleanValue linesOnly,
                  javafx.beans.value.ObservableBooleanValue meaningUnder,
                  javafx.beans.value.ObservableBooleanValue linesFirst) {
        this.i18n = i18n;
        this.open = open;
        this.linesOnly = linesOnly;
        this.meaningUnder = meaningUnder;
        this.linesFirst = linesFirst;
        HandshakeMessage shown = (HandshakeMessage) model.message();
        Optional<HandshakeMessage> other = model.counterpart();
        HandshakeMessage request = shown.request() ? shown : other.orElse(null);
        HandshakeMessage response = shown.request() ? other.orElse(null) : shown;
        lines.getStyleClass().addAll("tab-body", "hs-lines");
        // The message selected in the timeline first, the other half of the handshake after it.
        lines.getChildren().add(section(shown, true));
        other.ifPresent(o -> lines.getChildren().add(section(o, false)));
        ScrollPane linesScroll = new ScrollPane(lines);
        linesScroll.setFitToWidth(true);
        proof = new ProofPanel(i18n, request, response, open);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(linesScroll, proof.node());
        split.setDividerPositions(0.46);
        split.getStyleClass().add("hs-view");
        // a step about the request's or the answer's headers names every line of it: with every meaning beside its
        // line the request is taller than a 1280×800 window (760 px), with the selected one's only it fits beside the
        // timeline under the step's lesson, which tells the others
        javafx.beans.value.ChangeListener<Boolean> fold = (obs, old, now) -> {
            select(selected);
            orient();
        };
        linesOnly.addListener(new javafx.beans.value.WeakChangeListener<>(fold));
        meaningUnder.addListener(new javafx.beans.value.WeakChangeListener<>(fold));
        split.getProperties().put(HandshakeView.class, fold);   // held as long as the view
        split.getProperties().put(ProofPanel.class, this);       // for answered(Node, …)
        split.widthProperty().addListener((obs, old, now) -> orient());
        markOneRow();
        split.heightProperty().addListener((obs, old, now) -> linesWhole());
    }

    /**
     * Side by side only where both fit: a header line and its meaning need about 48 em, the proof 37; one row each the
     * lines need their longest. Narrower (large type, a small window) the proof goes under the lines instead of
     * breaking words.
     */
    private void orient() {
        double width = split.getWidth();
        Label probe = (Label) lines.lookup(".hs-line");
        if (probe != null && !split.getProperties().containsKey(Label.class)) {
            // the type changes (projector mode, zoom) at the same width: the lines' need with it
            split.getProperties().put(Label.class, probe);
            probe.fontProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(this::orient));
        }
        if (width <= 0) {
            return;
        }
        double em = lineFontPx() / 1.05;
        double need = linesOnly.get() ? widestLine() + (PROOF_EM + 4) * em : 85 * em;
        Orientation want = width < need ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (split.getOrientation() != want) {
            split.setOrientation(want);
            split.setDividerPositions(want == Orientation.VERTICAL ? 0.55 : 0.46);
            linesWhole();
        }
        if (want == Orientation.HORIZONTAL && linesOnly.get()) {
            // the lines their longest, the proof the rest: its GUID broke over two lines at 0.46
            split.setDividerPositions(Math.max(0.25, Math.min(0.5, widestLine() / width)));
        }
    }

    /**
     * With the lines one row each over the proof, they get the height they need (up to {@link #LINES_MOST} of the view):
     * at 0.55 they showed one line and a half of the request in a capture's first view. A step's part is placed over
     * this by the inspector's fit, which comes after.
     */
    private void linesWhole() {
        double h = split.getHeight();
        if (h <= 0 || split.getOrientation() != Orientation.VERTICAL || !linesOnly.get() || split.getItems().size() != 2
                || !(split.getItems().get(0) instanceof ScrollPane scroll)) {
            return;
        }
        double need = lines.prefHeight(scroll.getWidth() > 0 ? scroll.getWidth() - 2 : split.getWidth()) + scroll.snappedTopInset()
                + scroll.snappedBottomInset() + 4;
        // the lines keep their first two rows whole and the proof two lines of its type: zoomed, 20 % of the view left
        // the proof a clipped sliver (ZoomReflowTest). Too low for both, projector mode and a step about the lines
        // keep the lines' rows (a step's part is placed over the rest), else each keeps its share of what they need.
        double proofLeast = proofLeast();
        double two = twoRows();
        double linesLeast = two < 0 ? 0.3 * h
                : Math.min(need, two + scroll.snappedTopInset() + scroll.snappedBottomInset() + 4);
        if (linesLeast + proofLeast > h && !linesFirst.get()) {
            linesLeast = h * linesLeast / (linesLeast + proofLeast);
        }
        double fewest = Math.min(1, Math.max(0.3, linesLeast / h));
        double most = proofLeast == 0 ? 1 : Math.max(fewest, Math.min(LINES_MOST, (h - proofLeast) / h));
        double at = Math.max(fewest, Math.min(most, need / h));
        if (at < need / h) {
            // the lines short of their whole height end under a whole line, the proof takes the rest: a line cut at
            // the divider took the room of the proof's heading (1280×800 F11: two lines and a third cut over it)
            double chrome = scroll.snappedTopInset() + scroll.snappedBottomInset() + 4;
            double whole = wholeLinesBottom(at * h - chrome);
            if (whole > 0) {
                at = Math.max(fewest, Math.min(at, (whole + chrome) / h));
            }
        }
        split.setDividerPositions(at);
    }

    /**
     * The height the proof keeps under the lines: none while it is folded away for a step's part (its share of the
     * height stood empty under the lines, W10-1); where the lines come first (projector mode, a step about them), its
     * title and its first row (the key) as laid out and the divider over them, else two lines of its type.
     */
    private double proofLeast() {
        if (!proof.node().isVisible()) {
            return 0;
        }
        double firstRow = proof.firstRowBottom(split.getWidth());
        if (linesFirst.get() && firstRow > 0) {
            return firstRow + dividerPx() + 2;
        }
        return 3.2 * lineFontPx() + 8;
    }

    /** The split's divider as laid out (its thickness across), 0 before it is. */
    private double dividerPx() {
        Node divider = split.lookup(".split-pane-divider");
        return divider == null ? 0 : divider.getLayoutBounds().getHeight();
    }

    /** The bottom of the shown message's last line that ends within {@code px} of the lines' box; -1 when none does. */
    private double wholeLinesBottom(double px) {
        double bottom = -1;
        for (Row r : rows.values()) {
            if (r.grid().getParent() == lines.getChildren().get(0) && r.line().getHeight() > 0) {
                double end = lines.sceneToLocal(r.line().localToScene(r.line().getLayoutBounds())).getMaxY();
                if (end <= px + 0.5) {
                    bottom = Math.max(bottom, end);
                }
            }
        }
        return bottom;
    }

    /** The bottom of the shown message's second line in the lines' box; -1 before it is laid out. */
    private double twoRows() {
        Row second = rows.values().stream().filter(r -> r.grid().getParent() != null
                        && r.grid().getParent() == lines.getChildren().get(0))
                .sorted(java.util.Comparator.comparingInt(Row::index)).skip(1).findFirst().orElse(null);
        if (second == null || second.line().getHeight() <= 0) {
            return -1;
        }
        return lines.sceneToLocal(second.line().localToScene(second.line().getLayoutBounds())).getMaxY();
    }

    /** The widest line as sent, with its cell's and the section's padding. */
    private double widestLine() {
        double widest = 0;
        for (Row row : rows.values()) {
            for (Node n : row.line().getChildren()) {
                if (n.getStyleClass().contains("hs-line") && n instanceof Label l) {
                    widest = Math.max(widest, l.prefWidth(-1));
                }
            }
        }
        return widest + 4 * lineFontPx() / 1.05;
    }

    /** The lines' type in px: a line as styled, 16 before there is one. */
    private double lineFontPx() {
        return lines.lookup(".hs-line") instanceof Label probe ? probe.getFont().getSize() : 16;
    }

    /** The proof's width beside the lines, in em (its third row: the key and the GUID, 60 characters). */
    private static final double PROOF_EM = 37;
    /** The lines' most share over the proof: the proof keeps its first rows in view. */
    private static final double LINES_MOST = 0.8;

    Node node() {
        return split;
    }

    private Node section(HandshakeMessage m, boolean isShown) {
        Label title = DetailView.label("hs-section-title");
        title.setText(i18n.t(m.request() ? "inspect.hs.request" : "inspect.hs.response")
                + "  ·  " + Texts.direction(i18n, m.direction()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("hs-grid");
        ColumnConstraints line = new ColumnConstraints();
        line.setPercentWidth(50);
        ColumnConstraints meaning = new ColumnConstraints();
        meaning.setPercentWidth(50);
        meaning.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(line, meaning);
        int r = 0;
        for (Problem p : m.root().problems()) {
            Label l = problemText(p);
            l.setText(Texts.verdict(i18n, p));
            grid.add(l, 0, r++, 2, 1);
        }
        for (Field f : m.root().children()) {
            Label sent = DetailView.label("hs-line");
            sent.setText(lineText(m, f));
            VBox right = new VBox();
            right.getStyleClass().add("hs-explain-box");
            // a long word with dashes (the accept GUID in a sentence) breaks after a dash, nothing added (W6-3); a sentence
            // without one is one label: a paragraph of one label per word for every line cost the first view's step
            // that styles this view 150-270 ms of the FX thread on a capture's request (issue 10)
            String sentence = i18n.explanations().explain(f);
            if (hasUnbreakableWord(sentence)) {
                right.getChildren().add(new wsinspector.ui.step.Prose(sentence, "hs-explain"));
            } else {
                Label explain = DetailView.label("hs-explain");
                explain.setText(sentence);
                right.getChildren().add(explain);
            }
            List<Problem> problems = f.allProblems();
            for (Problem p : problems) {
                Label l = problemText(p);
                l.setText(Texts.verdict(i18n, p));
                right.getChildren().add(l);
            }
            VBox left = new VBox(sent);
            left.getStyleClass().add("hs-line-box");
            for (Region cell : new Region[] {left, right}) {
                cell.getStyleClass().add("hs-cell");
                if (!problems.isEmpty()) { // the line in the colour of the heaviest weight it carries
                    cell.getStyleClass().add("hs-problem");
                    SeverityLook.apply(cell, SeverityLook.heaviest(problems).orElseThrow());
                }
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                cell.setOnMouseClicked(e -> open.accept(m, f));
            }
            grid.addRow(r, left, right);
            rows.put(f, new Row(grid, r++, left, right));   // the pair lights up together
        }
        if (isShown) {
            // one row each, no step about them (a capture's first view), the shown message's title goes: the
            // inspector's heading over the tabs names the message and its direction, and the title took the height of
            // a line of the request at 1280×800 (W10-1). A step about the lines keeps it (HandshakeLinesStepTest)
            javafx.beans.binding.BooleanBinding titled = javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !linesOnly.get() || meaningUnder.get(), linesOnly, meaningUnder);
            title.visibleProperty().bind(titled);
            title.managedProperty().bind(titled);
        }
        VBox box = new VBox(title, grid);
        box.getStyleClass().add(isShown ? "hs-section-shown" : "hs-section-other");
        box.getStyleClass().add("hs-section");
        return box;
    }

    /** The line as it was sent; the empty line and the bytes after it described. */
    String lineText(HandshakeMessage m, Field f) {
        switch (f.key()) {
            case "http.end":
                return "⏎  " + i18n.t("inspect.hs.emptyLine");
            case "hixie.key3", "hixie.response", "http.body":
                return Hex.of(m.wire(), (int) (f.offset() - m.offset()), Math.min(f.length(), 32))
                        + (f.length() > 32 ? " …" : "");
            default:
                return new String(m.wire(), (int) (f.offset() - m.offset()), f.length(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * The answer to the request this view ({@code view}, as made) shows has come: its proof compares the value the
     * server sent. The lines stay as they are (the request's): the answer's section, added under them, would move the
     * view the class is reading; it is there when the view is made again.
     */
    static void answered(Node view, HandshakeMessage response) {
        if (view != null && view.getProperties().get(ProofPanel.class) instanceof HandshakeView hs) {
            hs.proof.answered(response);
            hs.proof.select(hs.selected);
        }
    }

    /**
     * Marks the line holding the selected field, and its row in the proof. While a step names the lines, the selected
     * line's meaning (and its problems) stands under it across the view, the others' are folded away: each line then
     * takes one row at the view's width (the key's line broke over two beside the meanings' column).
     */
    void select(Field selected) {
        this.selected = selected;
        markOneRow();
        proof.select(selected);
        for (Map.Entry<Field, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            boolean on = selected != null && !HexStyler.pathTo(e.getKey(), selected).isEmpty();
            row.place(linesOnly.get(), on && meaningUnder.get());
            for (Node cell : new Node[] {row.line(), row.meaning()}) {
                cell.getStyleClass().remove("hs-selected");
                if (on) {
                    cell.getStyleClass().add("hs-selected");
                }
            }
        }
    }

    /**
     * The lines marked one row each (style class hs-one-row): tighter rows, and the inspector's fit asks for all of them.
     * Changed only when it changes: a style class set anew restyles the view.
     */
    private void markOneRow() {
        if (linesOnly.get() != lines.getStyleClass().contains("hs-one-row")) {
            if (linesOnly.get()) {
                lines.getStyleClass().add("hs-one-row");
            } else {
                lines.getStyleClass().remove("hs-one-row");
            }
        }
    }

    /** A line and its meaning, in their grid's row {@code index}. */
    private record Row(GridPane grid, int index, VBox line, VBox meaning) {
        /** The meaning beside the line; or, while a step names the lines, under it when chosen, else folded away. */
        void place(boolean linesOnly, boolean chosen) {
            GridPane.setColumnSpan(line, linesOnly ? 2 : 1);
            if (!linesOnly) {
                if (meaning.getParent() != grid) {
                    line.getChildren().remove(meaning);
                    if (!meaning.getStyleClass().contains("hs-cell")) {
                        meaning.getStyleClass().add("hs-cell");
                    }
                    grid.add(meaning, 1, index);
                }
            } else if (chosen) {
                if (meaning.getParent() != line) {
                    meaning.getStyleClass().remove("hs-cell");   // in the line's cell, not a cell of its own
                    line.getChildren().add(meaning);
                }
            } else {
                grid.getChildren().remove(meaning);
                line.getChildren().remove(meaning);
            }
        }
    }

    /** A problem's sentence in its weight's colour (an error's also bold), as the header shows that weight. */
    private static Label problemText(Problem p) {
        Label l = DetailView.label("hs-problem-text");
        SeverityLook.apply(l, SeverityLook.of(p));
        return l;
    }

    /**
     * Whether a sentence holds a word with dashes longer than a header's name (Sec-WebSocket-Extensions, 24): the GUID
     * (36). A header's name fits the explanation's column at any window size; the GUID may not, and a label cuts it.
     */
    static boolean hasUnbreakableWord(String sentence) {
        for (String word : sentence.split("\\s+")) {
            if (word.length() > LONGEST_HEADER_NAME && word.indexOf('-') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final int LONGEST_HEADER_NAME = "Sec-WebSocket-Extensions".length() + 2;   // with quotes or a colon
}
