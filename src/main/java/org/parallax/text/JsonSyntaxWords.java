package org.parallax.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parser's complaint in plain words, the one wording for every JSON file Parallax reads (articles, the manifest,
 * the model, the workspace): "a line break inside a text in quotation marks; write it as \n" rather than Jackson's
 * "Illegal unquoted character ((CTRL-CHAR, code 10))". Takes the parser's message as a string, so it needs no
 * parser; where the error stands (line, column) is the caller's to say. A message it does not know becomes "a syntax
 * error", never the parser's own words.
 */
public final class JsonSyntaxWords {

    private static final Pattern CHAR = Pattern.compile("^Unexpected character \\((?<c>'.*?' \\(code \\d+\\)|\\(CTRL-CHAR, "
            + "code \\d+\\))\\)(?<rest>.*)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)': was expecting");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape (?:'(.)' )?");
    private static final Pattern TOO_LONG = Pattern.compile("^(String|Number|Name) value length \\((\\d+)\\) exceeds the "
            + "maximum allowed \\((\\d+)");

    private JsonSyntaxWords() {
    }

    /** What is wrong, in words, from {@code parserMessage} (a parser's message without its location). */
    public static String of(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage.strip();
        Matcher c = CHAR.matcher(m);
        if (c.find()) {
            return unexpected(character(c.group("c")), c.group("rest"));
        }
        if (m.startsWith("Illegal unquoted character")) {
            return insideText(m);
        }
        if (m.startsWith("Illegal character")) {
            return character(m) + " between the values, where only spaces and line breaks may stand";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfInput(m);
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            String token = t.group(1).length() > 40 ? t.group(1).substring(0, 40) + "…" : t.group(1);
            return "“" + token + "” is not a JSON value: text needs double quotation marks around it";
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            return "“" + close.group(1) + "” closes nothing open here: “" + close.group(2) + "” was expected first";
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "a backslash starts no known escape here (“\\" + (escape.group(1) == null ? "" : escape.group(1))
                    + "”); write a backslash as \\\\";
        }
        return other(m);
    }

    private static String other(String m) {
        Matcher tooLong = TOO_LONG.matcher(m);
        if (tooLong.find()) {
            String what = switch (tooLong.group(1)) {
                case "Number" -> "a number of";
                case "Name" -> "a name of";
                default -> "a text of";
            };
            return what + " " + tooLong.group(2) + " characters, over the " + tooLong.group(3) + " allowed";
        }
        if (m.startsWith("Document nesting depth")) {
            return "objects and lists nested deeper than the parser allows";
        }
        if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
            return "bytes that are not UTF-8 text";
        }
        if (m.startsWith("Trailing token")) {
            return "more text after the end of the JSON value";
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Non-standard token")) {
            return "a number written as JSON does not allow (no leading zeros, no NaN or Infinity)";
        }
        return "a syntax error";
    }

    private static String unexpected(String what, String rest) {
        String expecting = rest.toLowerCase(Locale.ROOT);
        if (expecting.contains("double-quote to start field name")) {
            return "a name in double quotation marks was expected, not " + what;
        }
        if (expecting.contains("comma to separate object")) {
            return "a comma was expected between two entries, not " + what;
        }
        if (expecting.contains("comma to separate array")) {
            return "a comma was expected between two items of the list, not " + what;
        }
        if (expecting.contains("colon")) {
            return "a colon was expected after the name, not " + what;
        }
        if (expecting.contains("numeric value")) {
            return "a number broken by " + what;
        }
        return "a value was expected (text in double quotation marks, a number, a list, an object, true, false or "
                + "null), not " + what;
    }

    private static String insideText(String m) {
        Matcher code = CODE.matcher(m);
        int c = code.find() ? Integer.parseInt(code.group(1)) : -1;
        if (c == '\n' || c == '\r') {
            return "a line break inside a text in quotation marks; write it as \\n";
        }
        if (c == '\t') {
            return "a tab inside a text in quotation marks; write it as \\t";
        }
        return "an invisible control character" + (c < 0 ? "" : " (code " + c + ")")
                + " inside a text in quotation marks";
    }

    private static String endOfInput(String m) {
        if (m.contains("String value") || m.contains("field name") || m.contains("closing quote")) {
            return "the file ends inside a text in quotation marks: a closing \" is missing";
        }
        if (m.contains("Array")) {
            return "the file ends before the list is closed with ]";
        }
        if (m.contains("Object")) {
            return "the file ends before the object is closed with }";
        }
        return "the file ends before the JSON is complete";
    }

    /** "“x”", or "an invisible control character (code 1)" for a character that cannot be shown. */
    private static String character(String described) {
        int end = described.indexOf("' (code");
        if (described.startsWith("'") && end > 1) {
            return "“" + described.substring(1, end) + "”";
        }
        Matcher code = CODE.matcher(described);
        return "an invisible control character" + (code.find() ? " (code " + code.group(1) + ")" : "");
    }
}
