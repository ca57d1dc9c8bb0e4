package org.parallax.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The article file formats Parallax reads, told apart by file extension. */
enum ArticleFormat {
    TEXT(PlainTextReader::new, ".txt", ".text"),
    HTML(HtmlArticleReader::new, ".html", ".htm"),
    NEWS_PLEASE_JSON(NewsPleaseReader::new, ".json");

    private final Supplier<ArticleReader> reader;
    private final List<String> extensions;

    ArticleFormat(Supplier<ArticleReader> reader, String... extensions) {
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    ArticleReader newReader() {
        return reader.get();
    }

    /** The format of a file by its name; empty when it is not an article file (the manifest included). */
    static Optional<ArticleFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals(Manifest.FILE_NAME) || name.endsWith("/" + Manifest.FILE_NAME)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(name::endsWith)).findFirst();
    }

    /** ".txt, .text, .html, .htm, .json", for warnings. */
    static String supportedList() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "));
    }

    /** "not an article file (supported: ...)", the one wording for every place that meets one. */
    static String notSupportedMessage() {
        return "not an article file (supported: " + supportedList() + ")";
    }
}
