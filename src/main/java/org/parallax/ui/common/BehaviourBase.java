package org.parallax.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * What a control does on keys and mouse, apart from how it looks (after AtlantaFX's {@code BehaviorBase}): it turns
 * input on the control into actions on the control and its skin. Handlers are added through {@link #handle}, so
 * {@link #dispose()} removes every one of them; no add needs a hand-written remove to mirror it.
 *
 * @param <C> the control
 * @param <S> its skin
 */
public abstract class BehaviourBase<C extends Control, S extends SkinBase<C>> {

    private C control;
    private S skin;
    private final List<Runnable> removals = new ArrayList<>();

    protected BehaviourBase(C control, S skin) {
        this.control = control;
        this.skin = skin;
    }

    /** The control, null once disposed. */
    public final C getControl() {
        return control;
    }

    /** The skin, null once disposed. */
    public final S getSkin() {
        return skin;
    }

    /** Adds {@code handler} to the control until {@link #dispose()}. */
    protected final <T extends Event> void handle(EventType<T> type, EventHandler<? super T> handler) {
        C target = control;
        target.addEventHandler(type, handler);
        removals.add(() -> target.removeEventHandler(type, handler));
    }

    /** Removes every handler and lets go of the control and skin; the skin calls this from its own dispose. */
    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
        control = null;
        skin = null;
    }
}
