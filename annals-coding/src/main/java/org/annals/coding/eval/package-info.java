/**
 * Scoring of coded events against gold annotations (docs/event-annotation.md, "Matching rule for evaluation"): pure
 * code over small records, with no reader and no model, so every rule is unit-tested by hand-built events.
 */
package org.annals.coding.eval;
