package org.parallax.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns a Jackson parse error into a warning that names the line and column, as a person would look for them. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** "not valid JSON at line 4, column 7 (Unexpected character ...); {@code action}". */
    static LoadWarning warning(String file, JsonProcessingException e, String action) {
        String reason = firstLine(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return LoadWarning.of(file, "not valid JSON (" + reason + "); " + action);
        }
        TextPosition position = new TextPosition(at.getLineNr(), Math.max(at.getColumnNr(), 0));
        return position.warning(file, "not valid JSON" + " (" + reason + "); " + action);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.lines().findFirst().orElse("syntax error").strip();
        // Jackson may append where it started reading ("(start marker at [Source: ...") : we give the place already.
        int source = line.indexOf("[Source:");
        if (source >= 0) {
            line = line.substring(0, source).replaceAll("\\s*\\(?start marker at\\s*$", "").strip();
        }
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
