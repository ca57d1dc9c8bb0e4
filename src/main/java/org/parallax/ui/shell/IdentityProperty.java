package org.parallax.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * A read-only property that tells its listeners of every new value by reference and never asks {@code equals}: a
 * JavaFX property with a change listener compares the old value and the new one with {@code equals}, which for a
 * {@link org.parallax.model.Corpus} (a record of lists) walks 100,000 articles and 800,000 quotes on the FX thread
 * after a correction. Whether a new value is the same as the one on show is decided where it is made, on a worker
 * ({@link SameCorpus}), which hands back the very value on show when nothing changed. FX thread only.
 */
final class IdentityProperty<T> extends ReadOnlyObjectProperty<T> {

    private final Object bean;
    private final String name;
    private T value;
    private final List<InvalidationListener> invalidationListeners = new ArrayList<>();
    private final List<ChangeListener<? super T>> changeListeners = new ArrayList<>();

    IdentityProperty(Object bean, String name, T initial) {
        this.bean = bean;
        this.name = name;
        this.value = initial;
    }

    /** Puts {@code now} in place; the listeners are told unless it is the very value already there. */
    void set(T now) {
        T old = value;
        if (now == old) {
            return;
        }
        value = now;
        for (InvalidationListener l : List.copyOf(invalidationListeners)) {
            tell(() -> l.invalidated(this));
        }
        for (ChangeListener<? super T> l : List.copyOf(changeListeners)) {
            tell(() -> l.changed(this, old, now));
        }
    }

    /** As a JavaFX property does: a listener's failure goes to the thread's handler, the other listeners are told. */
    private static void tell(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    @Override
    public T get() {
        return value;
    }

    @Override
    public Object getBean() {
        return bean;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void addListener(InvalidationListener listener) {
        invalidationListeners.add(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        invalidationListeners.remove(listener);
    }

    @Override
    public void addListener(ChangeListener<? super T> listener) {
        changeListeners.add(listener);
    }

    @Override
    public void removeListener(ChangeListener<? super T> listener) {
        changeListeners.remove(listener);
    }
}
