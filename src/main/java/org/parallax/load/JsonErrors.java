package org.parallax.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.parallax.text.JsonSyntaxWords;

/** Turns a Jackson parse error into a warning that names the line and column, as a person would look for them. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** "not valid JSON at line 4, column 7 (a comma was expected between two entries, not “x”); {@code action}". */
    static LoadWarning warning(String file, JsonProcessingException e, String action) {
        String reason = JsonSyntaxWords.of(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return LoadWarning.of(file, "not valid JSON (" + reason + "); " + action);
        }
        TextPosition position = new TextPosition(at.getLineNr(), Math.max(at.getColumnNr(), 0));
        return position.warning(file, "not valid JSON" + " (" + reason + "); " + action);
    }
}
