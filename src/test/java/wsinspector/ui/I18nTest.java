package wsinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class I18nTest {
    @Test
    void aBindingSeesTheNewLanguageWhenItIsInvalidated() {
        I18n i18n = new I18n(I18n.ENGLISH);
        StringBinding opcode = i18n.bind("opcode.1");
        List<String> seen = new ArrayList<>();
        // Like a Label on screen: read the text as soon as it is invalidated.
        opcode.addListener(obs -> seen.add(opcode.get()));
        assertEquals("Text", opcode.get());
        i18n.toggle();
        assertEquals(List.of("Текст"), seen);
    }
}
