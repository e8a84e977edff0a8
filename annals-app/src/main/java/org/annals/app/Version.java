package org.annals.app;

import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"annals " + (version == null ? "development" : version)};
    }
}
