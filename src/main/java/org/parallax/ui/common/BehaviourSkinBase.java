package org.parallax.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * A skin with a behaviour (after AtlantaFX's {@code BehaviorSkinBase}): the skin draws, the behaviour handles input,
 * and both go with {@link #dispose()}. Listeners are registered through {@code SkinBase}'s
 * {@code registerChangeListener}, {@code registerInvalidationListener} and {@code registerListChangeListener}, which
 * {@code SkinBase.dispose()} removes, so a subclass only undoes what is no listener (its children, a timer).
 *
 * @param <C> the control
 * @param <B> its behaviour
 */
public abstract class BehaviourSkinBase<C extends Control, B extends BehaviourBase<C, ?>> extends SkinBase<C> {

    private B behaviour;

    /**
     * Makes the behaviour at once: {@link #createBehaviour()} runs before the subclass's fields are set, so a
     * behaviour may only reach into the skin from its handlers, never from its constructor.
     */
    protected BehaviourSkinBase(C control) {
        super(control);
        behaviour = createBehaviour();
    }

    /** The behaviour for this skin's control; called once, from the constructor. */
    protected abstract B createBehaviour();

    @Override
    public void dispose() {
        if (behaviour != null) {
            behaviour.dispose();
            behaviour = null;
        }
        super.dispose();
    }
}
