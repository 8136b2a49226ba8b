package wsinspector.ui.inspect;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import wsinspector.dissect.UndecodedBytes;
import wsinspector.ui.I18n;

/** Why bytes could not be decoded: the reason in the reader's language and the exact detail. */
final class UndecodedView {
    private final VBox box = new VBox();

    UndecodedView(I18n i18n, UndecodedBytes u) {
        box.getStyleClass().addAll("tab-body", "undecoded");
        Label reason = DetailView.label("undecoded-reason");
        reason.setText(i18n.explanations().text(u.reasonKey()));
        Label detail = DetailView.label("undecoded-detail");
        detail.setText(i18n.explanations().phrase(u.detail()));
        Label explain = DetailView.label("undecoded-explain");
        explain.setText(i18n.explanations().explain(u.root()));
        box.getChildren().addAll(reason, detail, explain);
    }

    Node node() {
        return box;
    }
}
