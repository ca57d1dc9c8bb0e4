package org.parallax.ui.concurrent;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What both runners show the status bar, kept in one place: whether work is running, its progress (-1 when it is
 * unknown) and its message. The production runner touches it on the FX thread only.
 */
abstract sealed class ObservableRunner implements TaskRunner permits FxTaskRunner, SameThreadTaskRunner {

    final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Back to rest: nothing running, no progress, no message (and no longer following a task's). */
    final void idle() {
        progress.unbind();
        message.unbind();
        progress.set(-1);
        message.set("");
        running.set(false);
    }

    @Override
    public final ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
