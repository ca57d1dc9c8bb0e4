package org.parallax.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Commons CSV error into a warning in plain words that names the line where it can be seen, never the parser's
 * own message ("org.apache.commons.csv.CSVException: (startline 3) EOF reached before encapsulated token finished").
 */
final class CsvErrors {

    private static final Pattern UNCLOSED = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated");
    private static final Pattern AFTER_QUOTE = Pattern.compile("Invalid char(?:acter)? between encapsulated token and "
            + "delimiter at line: ([\\d,]+)");
    private static final Pattern DUPLICATE = Pattern.compile("duplicate name: \"(.{0,40})");

    private CsvErrors() {
    }

    /** What is wrong with {@code file}, where; {@code action} says what was done about it. */
    static LoadWarning warning(String file, Exception e, String action) {
        String m = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        Matcher unclosed = UNCLOSED.matcher(m);
        if (unclosed.find()) {
            return new LoadWarning(file, line(unclosed.group(1)), 0, "a value in quotation marks that starts on this "
                    + "line is never closed (a \" is missing, or a \" inside it is not doubled as \"\"); " + action);
        }
        Matcher afterQuote = AFTER_QUOTE.matcher(m);
        if (afterQuote.find()) {
            return new LoadWarning(file, line(afterQuote.group(1)), 0, "text follows a closing quotation mark where only "
                    + "a comma or the end of the line may (a \" inside a value must be doubled as \"\"); " + action);
        }
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.find()) {
            return new LoadWarning(file, 1, 0, "the header names the column \"" + duplicate.group(1).replaceFirst("\".*", "")
                    + "\" twice; " + action);
        }
        if (m.contains("escape sequence")) {
            return LoadWarning.of(file, "the file ends right after an escape character; " + action);
        }
        return LoadWarning.of(file, "not readable as CSV (a syntax error); " + action);
    }

    private static int line(String digits) {
        try {
            return Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
