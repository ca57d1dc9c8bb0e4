package org.parallax.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs something once, on the next change of a value, then stops listening. */
public final class NextChange {

    private NextChange() {
    }

    /** Calls {@code action} with the new value the next time {@code value} changes, once. */
    public static <T> void of(ObservableValue<T> value, Consumer<? super T> action) {
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T was, T now) {
                o.removeListener(this);
                action.accept(now);
            }
        });
    }
}
