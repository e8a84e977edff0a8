package org.annals.app;

/** How query commands print their rows. */
enum OutputFormat {
    TABLE,
    JSON,
    CSV
}
