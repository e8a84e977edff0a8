package org.annals.app;

/** One analysis engine per process: the models are loaded once and shared by every worker thread. */
final class Engines {
    private Engines() {}

    private static final class Holder {
        static final AnnalsEngine STANDARD = AnnalsEngine.standard();
    }

    static AnnalsEngine shared() {
        return Holder.STANDARD;
    }
}
