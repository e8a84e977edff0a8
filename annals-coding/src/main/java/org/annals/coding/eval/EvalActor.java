package org.annals.coding.eval;

/**
 * An actor as the evaluator sees it: a {@code code} (gold: {@code USA}, {@code USA.GOV}, {@code IGO.EU} or empty;
 * system: the actor id such as {@code CHN.GOV}, {@code person:vladimir-putin}, {@code org:RUS:gazprom}) and a
 * {@code name} as written.
 */
public record EvalActor(String code, String name) {
    public EvalActor {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
    }
}
