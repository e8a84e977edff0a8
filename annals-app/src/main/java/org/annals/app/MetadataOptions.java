package org.annals.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.annals.core.Metadata;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Metadata given on the command line; it overrides sidecar files and what extraction finds. */
final class MetadataOptions {
    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "Publication date (anchors relative dates such as 'on Monday').")
    LocalDate date;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher name.")
    String publisher;

    @Option(names = "--url", paramLabel = "URL", description = "The article's URL.")
    String url;

    @Option(names = "--title", paramLabel = "TEXT", description = "The article's title.")
    String title;

    @Option(
            names = "--language",
            paramLabel = "CODE",
            description = "The article's language (ISO 639-1, e.g. en, ru); otherwise it is detected from the text."
                    + " Only English is analysed beyond extraction.")
    String language;

    Metadata toMetadata() {
        return new Metadata(url, publisher, title, date, language);
    }

    /** Rejects a bad date as a usage error (exit code 2) with the expected form. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date; use YYYY-MM-DD, for example 2025-09-02");
            }
        }
    }
}
