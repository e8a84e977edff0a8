package org.annals.app;

import java.util.List;
import java.util.Locale;

/**
 * The fixed split of the event gold set used for honest tuning: DEV, the first 44 articles in the gold file's order,
 * is the only part looked at while improving the coder; TEST, the last 20, is measured only before and after.
 */
enum GoldSplit {
    DEV,
    TEST,
    ALL;

    static final int DEV_ARTICLES = 44;

    static GoldSplit parse(String name) {
        for (GoldSplit split : values()) {
            if (split.label().equals(name)) {
                return split;
            }
        }
        throw new UserException("--split must be one of dev, test, all; got " + name);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    <T> List<T> select(List<T> articles) {
        int cut = Math.min(DEV_ARTICLES, articles.size());
        return switch (this) {
            case DEV -> articles.subList(0, cut);
            case TEST -> articles.subList(cut, articles.size());
            case ALL -> articles;
        };
    }
}
