package org.annals.app;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of the batch commands: documents per second on standard error, or nothing when hidden. */
final class ProgressBars {
    private ProgressBars() {}

    static ProgressBar documents(String task, long expected, boolean show) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(expected)
                .setUnit(" docs", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(
                        show
                                ? new ConsoleProgressBarConsumer(System.err)
                                : new DelegatingProgressBarConsumer(line -> {}))
                .build();
    }
}
