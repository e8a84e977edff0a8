package org.annals.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Already linked events of one type whose first covered day lies in a range. */
interface HappeningCandidates {
    HappeningCandidates NONE = (type, from, to) -> List.of();

    List<LinkableEvent> near(String type, LocalDate from, LocalDate to) throws SQLException;
}
