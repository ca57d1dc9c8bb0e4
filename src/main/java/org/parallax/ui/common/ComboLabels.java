package org.parallax.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** How a read-only combo box names its items, in its list and in its button alike. */
public final class ComboLabels {

    private ComboLabels() {
    }

    /**
     * Names each item of {@code box} by {@code name}, and no item (nothing chosen) by {@code none}; the button cell
     * shows the same text as the list, so the choice reads the same closed as open.
     */
    public static <T> void use(ComboBox<T> box, Function<T, String> name, String none) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null; // not editable: text is never turned back into an item
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(empty ? null : item));
            }
        });
    }
}
