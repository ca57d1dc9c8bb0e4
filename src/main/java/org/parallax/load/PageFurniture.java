package org.parallax.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parallax.text.DataFile;

/**
 * Recognises page-furniture lines (navigation, sharing, comment and newsletter prompts, advertising markers,
 * photo credits) with the patterns of a data file; the format is described at the top of
 * {@code page-furniture.txt}. Patterns see the line in its {@link ComparisonKey#plain plain} form and must
 * match all of it.
 */
public final class PageFurniture {

    /** Furniture is short; longer lines are article text whatever they start with. */
    static final int MAX_LINE_LENGTH = 500;
    /** Hard wrapping leaves a word or two on a line of its own (a link's text); furniture phrases are longer. */
    private static final int MAX_WRAPPED_WORDS = 2;
    private static final String RESOURCE = "page-furniture.txt";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Pattern> patterns;
    /** Per pattern, the ASCII characters a matching line can start with: most patterns need only be tried on a few. */
    private final List<boolean[]> firstCharacters;

    private PageFurniture(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.firstCharacters = this.patterns.stream().map(PageFurniture::possibleFirstCharacters).toList();
    }

    /**
     * Probes the pattern with each one-character line: if it fails without the engine reaching the end of that
     * input, the first character alone decides, and no line starting with it can match.
     */
    private static boolean[] possibleFirstCharacters(Pattern pattern) {
        boolean[] possible = new boolean[128];
        Matcher matcher = pattern.matcher("");
        for (char c = 0; c < possible.length; c++) {
            possible[c] = matcher.reset(String.valueOf(c)).matches() || matcher.hitEnd();
        }
        return possible;
    }

    /** The furniture patterns bundled with Parallax. */
    public static PageFurniture defaults() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads patterns in the data-file format: one regex per line, '#' comments, blank lines ignored.
     *
     * @throws IllegalArgumentException naming the line of a pattern that does not compile
     */
    public static PageFurniture parse(List<String> fileLines) {
        return parse(DataFile.parse(RESOURCE, fileLines));
    }

    private static PageFurniture parse(DataFile file) {
        List<Pattern> patterns = new ArrayList<>();
        for (DataFile.Line line : file.lines()) {
            try {
                patterns.add(Pattern.compile(line.text(), FLAGS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        file.name() + " line " + line.number() + ": " + e.getDescription() + ": " + line.text(), e);
            }
        }
        return new PageFurniture(patterns);
    }

    int size() {
        return patterns.size();
    }

    /** Whether this one normalised line, taken on its own, is furniture. */
    public boolean matches(String line) {
        return new LineMatcher().matches(line);
    }

    /**
     * Splits lines into the body and the furniture. A matching line of one or two words inside a sentence (the
     * line before ends mid-sentence, the line after starts in lower case) is a wrapped word such as "Twitter" or
     * "Reuters", and stays; a longer one ("Subscribe to our newsletter") is furniture wherever it stands.
     */
    Separated separate(List<Located> lines) {
        LineMatcher matcher = new LineMatcher();
        boolean[] furniture = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            furniture[i] = matcher.matches(lines.get(i).text());
        }
        List<Located> body = new ArrayList<>(lines.size());
        List<Located> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i] && !insideSentence(lines, furniture, i)) {
                removed.add(lines.get(i));
            } else {
                body.add(lines.get(i));
            }
        }
        return new Separated(body, removed);
    }

    private static boolean insideSentence(List<Located> lines, boolean[] furniture, int i) {
        if (i == 0 || i + 1 >= lines.size() || furniture[i - 1] || furniture[i + 1]) {
            return false;
        }
        if (LineShape.wordCount(lines.get(i).text()) > MAX_WRAPPED_WORDS) {
            return false;
        }
        String before = lines.get(i - 1).text();
        String after = lines.get(i + 1).text();
        return !before.isEmpty() && !LineShape.endsParagraph(before) && LineShape.startsLowercase(after);
    }

    /** Matchers reused from line to line (a large article has tens of thousands); one per thread of use. */
    private final class LineMatcher {
        private final Matcher[] matchers = patterns.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);

        boolean matches(String line) {
            if (line.isEmpty() || line.length() > MAX_LINE_LENGTH) {
                return false;
            }
            String plain = ComparisonKey.plain(line);
            char first = plain.charAt(0);
            for (int i = 0; i < matchers.length; i++) {
                if ((first >= 128 || firstCharacters.get(i)[first]) && matchers[i].reset(plain).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** @param body the lines that remain, blank ones included; @param furniture the lines taken out */
    record Separated(List<Located> body, List<Located> furniture) {
    }

    /** Loaded on first use; a broken bundled file is a build error, so it fails loudly. */
    private static final class Bundled {
        static final PageFurniture INSTANCE = parse(DataFile.of(PageFurniture.class, RESOURCE));
    }
}
