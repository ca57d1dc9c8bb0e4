package org.parallax.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application (INTERIM: the shell work fills it in). */
public final class ParallaxApplication extends Application {

    static void launchWith(String[] args) {
        Application.launch(ParallaxApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Parallax");
        stage.setScene(new Scene(new BorderPane(), 1200, 800));
        stage.show();
    }
}
