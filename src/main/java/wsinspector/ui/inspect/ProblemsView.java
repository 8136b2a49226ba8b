package wsinspector.ui.inspect;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * Every rule the message breaks, each with the RFC section, the field and the byte where it
 * happened; a click selects that field, so hex and tree show the place.
 */
final class ProblemsView {
    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);

    ProblemsView(I18n i18n, Message m, ProblemPlaces places, Consumer<Field> select) {
        box.getStyleClass().addAll("tab-body", "problems");
        scroll.setFitToWidth(true);
        List<Field> holders = places.fields(m);
        if (holders.isEmpty()) {
            Label ok = DetailView.label("problems-none");
            ok.setText("✔ " + i18n.t("inspect.problems.none"));
            box.getChildren().add(ok);
            return;
        }
        // Errors first, then warnings and remarks: what fails the connection is what a student must see.
        for (boolean remarks : new boolean[] {false, true}) {
            add(i18n, m, places, select, holders, remarks);
        }
    }

    private void add(I18n i18n, Message m, ProblemPlaces places, Consumer<Field> select, List<Field> holders,
                     boolean remarks) {
        for (Field f : holders) {
            for (Problem p : places.at(f)) {
                if (p.severity().isRemark() != remarks) {
                    continue;
                }
                Label rule = DetailView.label("problem-rule");
                SeverityLook.apply(rule, SeverityLook.of(p));
                rule.setText(Texts.verdict(i18n, p));
                Label place = DetailView.label("problem-place");
                place.setText(i18n.explanations().name(f) + "  ·  " + DetailView.where(i18n, m, f));
                VBox item = new VBox(rule, place);
                item.getStyleClass().add("problem-item");
                item.setOnMouseClicked(e -> select.accept(f));
                box.getChildren().add(item);
            }
        }
    }

    Node node() {
        return scroll;
    }
}
