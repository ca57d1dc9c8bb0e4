package org.parallax.testing;

import com.code_intelligence.jazzer.utils.Log;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Keeps Jazzer's line per instrumented class ("INFO: Instrumented org.parallax.… (took 3 ms, size +40%)") and per
 * hook class ("INFO: Loaded 63 hooks from …") out of the build log. Jazzer has no option for them (its agent prints
 * them through its own {@code Log}, unconditionally), so its error stream is pointed at a filter that drops those lines
 * and passes every other line on: findings, warnings and errors still show. Call before the first {@code @FuzzTest}
 * runs (a {@code @BeforeAll}).
 */
public final class QuietJazzer {

    private static final Pattern NOISE =
            Pattern.compile("INFO: (?:Instrumented |Loaded \\d+ hooks from ).*\\R");
    private static boolean installed;

    private QuietJazzer() {
    }

    public static synchronized void install() {
        if (!installed) {
            Log.fixOutErr(System.out, new PrintStream(new LineFilter(System.err), true, StandardCharsets.UTF_8));
            installed = true;
        }
    }

    /** Passes each line on whole, unless it is a line about an instrumented or hook class. */
    private static final class LineFilter extends OutputStream {
        private final PrintStream target;
        private final StringBuilder line = new StringBuilder();

        LineFilter(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            line.append((char) (b & 0xff));
            if (b == '\n') {
                String whole = new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                line.setLength(0);
                if (!NOISE.matcher(whole).matches()) {
                    target.print(whole);
                }
            }
        }

        @Override
        public synchronized void flush() {
            target.flush();
        }
    }
}
