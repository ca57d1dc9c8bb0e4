package org.parallax.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reader's meta line wrapped in a narrow reader: no line starts or ends with a separator. */
@ExtendWith(ApplicationExtension.class)
class MetaLineTest {

    private final MetaLine line = new MetaLine(n -> "·".equals(((Label) n).getText()));
    private final StackPane holder = new StackPane(line);

    @Start
    void start(Stage stage) {
        for (String s : List.of("International Business Times Australia", "·", "21 October 2015", "·",
                "000_ecf9c5f17e379244.txt")) {
            line.getChildren().add(new Label(s));
        }
        line.setHgap(6);
        stage.setScene(new Scene(new Pane(holder), 400, 200)); // the holder takes the width it is given
        stage.show();
    }

    private void layOut(FxRobot robot, double width) {
        robot.interact(() -> {
            holder.setMaxWidth(width);
            holder.setPrefWidth(width);
            holder.requestLayout();
            holder.layout();
        });
    }

    private Node child(int i) {
        return line.getChildren().get(i);
    }

    @Test
    void aWrappedLineStartsWithItsItemNotASeparator(FxRobot robot) {
        layOut(robot, 380);
        Node file = child(4);
        Node dot = child(3);
        assertThat(file.getLayoutY()).as("the file wraps to a line of its own").isGreaterThan(child(2).getLayoutY());
        boolean dotOnFilesLine = dot.getLayoutY() == file.getLayoutY();
        assertThat(dot.isVisible()).as("the separator at a line's edge is hidden").isFalse();
        assertThat(file.getLayoutX()).as("the file starts its line").isEqualTo(line.getInsets().getLeft());
        assertThat(dotOnFilesLine || dot.getLayoutY() == child(2).getLayoutY()).isTrue();
    }

    @Test
    void onOneLineEverySeparatorShows(FxRobot robot) {
        layOut(robot, 2000);
        assertThat(line.getChildren()).allSatisfy(n -> assertThat(n.isVisible()).isTrue())
                .allSatisfy(n -> assertThat(n.getLayoutY()).isEqualTo(child(0).getLayoutY()));
        layOut(robot, 380);
        layOut(robot, 2000);
        assertThat(child(3).isVisible()).as("shown again once the line is wide enough").isTrue();
    }
}
