package wsinspector.ui.inspect;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import wsinspector.dissect.Field;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.SecWebSocketAccept;
import wsinspector.ui.I18n;

/**
 * How the answer proves it belongs to the request, step by step: for RFC 6455 the
 * Sec-WebSocket-Accept computation (§4.2.2: key, + GUID, SHA-1, base64, compared); for hixie-76
 * the Key1/Key2 numbers, key3 and the MD5 the server must send back.
 */
final class ProofPanel {
    private final I18n i18n;
    private final BiConsumer<Message, Field> open;
    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);
    private final GridPane grid = new GridPane();
    /** Each row's backdrop, with the field it shows: the selected field's row is marked (the step discusses it). */
    private final java.util.Map<Node, Field> rows = new java.util.LinkedHashMap<>();
    private int row;
    private int steps;
    /** The request the panel is about, and whether its answer is in it. */
    private final HandshakeMessage request;
    private boolean answered;

    ProofPanel(I18n i18n, HandshakeMessage request, HandshakeMessage response, BiConsumer<Message, Field> open) {
        this.i18n = i18n;
        this.open = open;
        this.request = request;
        this.answered = response != null;
        box.getStyleClass().addAll("tab-body", "proof");
        grid.getStyleClass().add("proof-grid");
        ColumnConstraints number = new ColumnConstraints();
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(number, name, value);
        scroll.setFitToWidth(true);
        fill(request, response);
    }

    /**
     * The answer to the request has come since the panel was made: the computation the answer carries, compared with
     * what the server sent, in place of the one expected (the same scroll pane, which the inspector's fit may hold).
     */
    void answered(HandshakeMessage response) {
        if (answered || response == null || request == null) {
            return;
        }
        answered = true;
        box.getChildren().clear();
        grid.getChildren().clear();
        rows.clear();
        row = 0;
        steps = 0;
        fill(request, response);
    }

    private void fill(HandshakeMessage request, HandshakeMessage response) {
        Optional<Field> acceptHeader = find(response, "header.Sec-WebSocket-Accept");
        if (acceptHeader.isPresent() && acceptHeader.get().find("accept.key").isPresent()) {
            accept(response, acceptHeader.get());
        } else if (find(request, "header.Sec-WebSocket-Key1").isPresent()) {
            hixie(request, response);
        } else if (find(request, "header.Sec-WebSocket-Key").isPresent()) {
            expectedAccept(request, find(request, "header.Sec-WebSocket-Key").get());
        } else {
            title("inspect.proof.none");
        }
    }

    Node node() {
        return scroll;
    }

    /**
     * The bottom of the computation's first row (the key, under the title) in the scroll pane, its borders with it: as
     * laid out, or before it is, as its title and the row ask at this width; -1 when there is no row.
     */
    double firstRowBottom(double width) {
        Node first = rows.keySet().stream().findFirst().orElse(null);
        if (first == null) {
            return -1;
        }
        double chrome = scroll.snappedTopInset() + scroll.snappedBottomInset();
        if (first.getLayoutBounds().getHeight() > 0) {
            return box.sceneToLocal(first.localToScene(first.getLayoutBounds())).getMaxY() + chrome;
        }
        double inner = width - box.snappedLeftInset() - box.snappedRightInset();
        double above = box.snappedTopInset() + grid.snappedTopInset();
        for (Node n : box.getChildren()) {
            if (n == grid) {
                break;
            }
            above += n.prefHeight(inner) + box.getSpacing();
        }
        double row = 0;
        for (Node n : grid.getChildren()) {
            if (GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 0) {
                row = Math.max(row, n.prefHeight(-1));
            }
        }
        return above + row + chrome;
    }

    /**
     * Marks the row of the selected field (a lesson's step "step two: SHA-1" selects the hash, and the class sees which
     * of the rows is meant); none when no row shows that field, or several do (before the answer, every row of the
     * expected computation is made of the request's key).
     */
    void select(Field selected) {
        List<Node> on = rows.entrySet().stream().filter(e -> same(e.getValue(), selected)).map(java.util.Map.Entry::getKey)
                .toList();
        for (Node backdrop : rows.keySet()) {
            backdrop.getStyleClass().remove("proof-marked");
            if (on.size() == 1 && on.get(0) == backdrop) {
                backdrop.getStyleClass().add("proof-marked");
            }
        }
    }

    private static boolean same(Field row, Field selected) {
        return selected != null && row.key().equals(selected.key()) && row.offset() == selected.offset();
    }

    private static Optional<Field> find(HandshakeMessage m, String key) {
        return m == null ? Optional.empty() : m.root().find(key);
    }

    /** RFC 6455 §4.2.2: the computation the response's fields carry, compared with what the server sent. */
    private void accept(HandshakeMessage response, Field header) {
        title("lesson.accept.title");
        Field key = header.find("accept.key").orElseThrow();
        Field guid = header.find("accept.guid").orElseThrow();
        step(response, key, name(key), plain(key.value(), "proof-key"));
        step(response, guid, "+ " + name(guid), guid(guid.value()));
        header.find("accept.concatenated").ifPresent(f -> longStep(response, f, "= " + name(f),
                new KeyThenGuid(key.value(), guid.value())));
        header.find("accept.sha1").ifPresent(f -> step(response, f, i18n.t("inspect.proof.sha1"),
                plain(twoLines(f.value()), "proof-bytes")));
        header.find("accept.base64").ifPresent(f -> step(response, f, name(f), plain(f.value(), "proof-result")));
        step(response, header, i18n.t("inspect.proof.sent"), plain(header.value(), "proof-result"));
        box.getChildren().add(grid);
        header.find("accept.match").ifPresent(f -> box.getChildren().add(verdict(response, f)));
    }

    /** Only the request was seen: what the server has to answer. */
    private void expectedAccept(HandshakeMessage request, Field keyHeader) {
        title("lesson.accept.title");
        AcceptComputation c = SecWebSocketAccept.compute(keyHeader.value());
        step(request, keyHeader, i18n.t("inspect.proof.key"), plain(c.key(), "proof-key"));
        step(request, keyHeader, "+ GUID", guid(c.guid()));
        longStep(request, keyHeader, "= " + i18n.t("inspect.proof.key") + " + GUID",
                new KeyThenGuid(c.key(), c.guid()));
        step(request, keyHeader, i18n.t("inspect.proof.sha1"), plain(twoLines(Hex.of(c.sha1())), "proof-bytes"));
        step(request, keyHeader, "base64", plain(c.accept(), "proof-result"));
        box.getChildren().add(grid);
        Label note = DetailView.label("proof-note");
        note.setText(i18n.t("inspect.proof.waiting"));
        box.getChildren().add(note);
    }

    /** draft-hixie-76 §5.2: Key1 and Key2 to numbers, with key3 into MD5. */
    private void hixie(HandshakeMessage request, HandshakeMessage response) {
        title("inspect.proof.hixieTitle");
        for (String which : List.of("header.Sec-WebSocket-Key1", "header.Sec-WebSocket-Key2")) {
            Field key = find(request, which).orElseThrow();
            // The spaces are what the key's number is divided by: shown as ␣ so that they can be counted.
            step(request, key, name(key), plain(key.value().replace(' ', '␣'), "proof-key"));
            for (String part : List.of("hixie.digits", "hixie.spaces", "hixie.quotient", "hixie.bytes")) {
                key.find(part).ifPresent(f -> substep(request, f, plain(f.value(), "proof-value")));
            }
        }
        find(request, "hixie.key3").ifPresent(k3 -> {
            step(request, k3, name(k3), plain(k3.value(), "proof-bytes"));
            k3.find("hixie.md5Input").ifPresent(f -> substep(request, f, plain(twoLines(f.value()), "proof-bytes")));
            k3.find("hixie.expectedResponse").ifPresent(f -> step(request, f, "MD5 → " + name(f),
                    plain(twoLines(f.value()), "proof-result")));
        });
        Optional<Field> sent = find(response, "hixie.response");
        sent.ifPresent(f -> step(response, f, name(f), plain(twoLines(f.value()), "proof-result")));
        box.getChildren().add(grid);
        sent.flatMap(f -> f.find("hixie.match")).ifPresent(f -> box.getChildren().add(verdict(response, f)));
    }

    private String name(Field f) {
        return i18n.explanations().name(f);
    }

    private void title(String key) {
        Label t = DetailView.label("proof-title");
        t.setText(i18n.t(key));
        box.getChildren().add(t);
    }

    /** A numbered step: its number, what it is, its value beside it; a click selects its field. */
    private void step(Message m, Field f, String label, Node value) {
        add(Integer.toString(++steps), "proof-number", m, f, label, value, true);
    }

    /** A numbered step whose value is too long to stand beside its name: the value goes under it. */
    private void longStep(Message m, Field f, String label, Node value) {
        add(Integer.toString(++steps), "proof-number", m, f, label, value, false);
    }

    /** An unnumbered intermediate value of the step above. */
    private void substep(Message m, Field f, Node value) {
        add("", "proof-substep", m, f, name(f), value, true);
    }

    private void add(String number, String numberStyle, Message m, Field f, String label, Node value, boolean inline) {
        // behind the row's cells, across its columns: what shows when the row is marked (see select)
        javafx.scene.layout.Region backdrop = new javafx.scene.layout.Region();
        backdrop.getStyleClass().add("proof-row");
        backdrop.setUserData(f.key());
        backdrop.setMinSize(0, 0);
        backdrop.setPrefSize(0, 0);
        backdrop.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        grid.add(backdrop, 0, row, 3, 1);
        rows.put(backdrop, f);
        Label num = new Label(number);
        num.getStyleClass().add(numberStyle);
        Label name = DetailView.label(number.isEmpty() ? "proof-subname" : "proof-name");
        name.setText(label);
        name.setWrapText(false);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(num, javafx.geometry.VPos.CENTER);
        grid.add(num, 0, row);
        if (inline) {
            grid.add(name, 1, row);
            grid.add(value, 2, row);
        } else {
            VBox stacked = new VBox(name, value);
            grid.add(stacked, 1, row, 2, 1);
        }
        for (Node n : new Node[] {num, name, value}) {
            n.setOnMouseClicked(e -> open.accept(m, f));
            n.getStyleClass().add("proof-clickable");
        }
        row++;
    }

    /** "✔ equal — the answer belongs to this request…": the result of lesson point 3, big, with why it matters. */
    private Node verdict(Message m, Field match) {
        boolean equal = "compare.equal".equals(match.meaningKey());
        Text result = text((equal ? "✔ " : "✘ ") + i18n.explanations().meaning(match) + "   ",
                equal ? "proof-equal" : "proof-not-equal");
        Text why = text(i18n.t(equal ? "inspect.proof.equalWhy" : "inspect.proof.notEqualWhy"), "proof-why");
        TextFlow line = new TextFlow(result, why);
        line.getStyleClass().add("proof-verdict");
        line.setOnMouseClicked(e -> open.accept(m, match));
        return line;
    }

    /** Twenty (or sixteen) bytes of hex in two lines, so that they stay readable in large type. */
    static String twoLines(String hex) {
        String[] bytes = hex.split(" ");
        if (bytes.length <= 10) {
            return hex;
        }
        int half = (bytes.length + 1) / 2;
        return String.join(" ", java.util.Arrays.copyOfRange(bytes, 0, half)) + "\n"
                + String.join(" ", java.util.Arrays.copyOfRange(bytes, half, bytes.length));
    }

    private static Label plain(String s, String style) {
        Label l = DetailView.label(style);
        l.setText(s);
        if (style.equals("proof-result")) { // 28 characters of base64 must stay on one line
            l.setWrapText(false);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return l;
    }

    /**
     * The GUID as its dash groups side by side ("258EAFA5-", "E914-", …): a narrow column wraps it after a dash,
     * never inside a group, and draws nothing between the groups. A hair space after each dash drew a whole cell
     * in the monospaced type ("258EAFA5- E914-"), and JavaFX breaks at no zero-width character.
     */
    private static Node guid(String s) {
        return guid(s, "proof-guid");
    }

    /** As {@link #guid(String)}, its groups in this style class. */
    private static FlowPane guid(String s, String style) {
        FlowPane groups = new FlowPane() {
            @Override
            protected double computePrefWidth(double height) { // one line, as a label wants; the grid may narrow it
                return snappedLeftInset() + snappedRightInset()
                        + getChildren().stream().mapToDouble(n -> n.prefWidth(-1)).sum();
            }
        };
        for (String group : s.split("(?<=-)")) {
            Label l = new Label(group);
            l.getStyleClass().add(style);
            groups.getChildren().add(l);
        }
        return groups;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    /**
     * The key and the GUID run together, as the computation joins them, on one line where they fit; else the GUID on a
     * line of its own under the key, whole: a text flow broke it inside a group («…95CA-C5A» / «B0DC85B11») at
     * 1280×800. Only where the GUID alone is wider than the column does it wrap, after a dash (as in the row above).
     */
    static final class KeyThenGuid extends javafx.scene.layout.Region {
        /** Texts, not labels: a line as tall as the text flow's that stood here (a label's line was taller). */
        private final Text key;
        private final Text whole;
        private final FlowPane groups;

        KeyThenGuid(String keyText, String guidText) {
            getStyleClass().add("proof-concatenated");
            key = text(keyText, "proof-key");
            key.setTextOrigin(javafx.geometry.VPos.TOP);
            whole = text(guidText, "proof-guid-whole");
            whole.setTextOrigin(javafx.geometry.VPos.TOP);
            groups = guid(guidText, "proof-guid-part");
            groups.setVisible(false);
            getChildren().addAll(key, whole, groups);
        }

        /** Its height depends on its width (one line or two): the grid asks it at the width it gives. */
        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + key.prefWidth(-1) + whole.prefWidth(-1);
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + Math.min(key.prefWidth(-1), whole.prefWidth(-1));
        }

        @Override
        protected double computePrefHeight(double width) {
            double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
            double h = key.prefHeight(-1);
            if (inner < 0 || key.prefWidth(-1) + whole.prefWidth(-1) <= inner) {
                h = Math.max(h, whole.prefHeight(-1));
            } else {
                h += whole.prefWidth(-1) <= inner ? whole.prefHeight(-1) : groups.prefHeight(inner);
            }
            return snappedTopInset() + snappedBottomInset() + h;
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double y = snappedTopInset();
            double inner = getWidth() - x - snappedRightInset();
            double keyW = key.prefWidth(-1);
            double keyH = key.prefHeight(-1);
            double guidW = whole.prefWidth(-1);
            boolean oneLine = keyW + guidW <= inner + 0.5;
            boolean wholeFits = guidW <= inner + 0.5;
            key.relocate(x, y);
            whole.setVisible(wholeFits);
            groups.setVisible(!wholeFits);
            if (oneLine) {
                whole.relocate(x + keyW, y);
            } else if (wholeFits) {
                whole.relocate(x, y + keyH);
            } else {
                groups.resizeRelocate(x, y + keyH, inner, groups.prefHeight(inner));
            }
        }
    }
}
