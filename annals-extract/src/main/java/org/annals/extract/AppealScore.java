package org.annals.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * How strongly a block reads as a publisher's appeal to its readers, with the features that fired.
 *
 * <p>Weights: reader and publisher both addressed (you + we) 2; second-person density at least 4% 1; first-person
 * plural density at least 5% 1; imperative ask ("please support us", "Subscribe", "Become a member") 2; an ask aimed at
 * the publisher ("support us", "your help") 1; a money amount with a per-period word ("$2 monthly") 2; a salutation ("Dear readers,")
 * 3; a thank-you line 2; the publisher speaking of its own journalism ("our reporters", "readers like you") 2. A block standing alone is an appeal at {@link #STANDALONE} or more and only if one feature
 * actually asks for something, because interviews also say "you" and "we".
 */
record AppealScore(int value, List<String> reasons) {
    static final int STANDALONE = 4;

    AppealScore {
        reasons = List.copyOf(reasons);
    }

    static AppealScore of(TextFeatures f) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        if (f.secondPerson() > 0 && f.firstPlural() > 0) {
            score += 2;
            reasons.add("you-and-we");
        }
        if (f.secondPersonDensity() >= 0.04) {
            score += 1;
            reasons.add("second-person");
        }
        if (f.firstPluralDensity() >= 0.05) {
            score += 1;
            reasons.add("first-person-plural");
        }
        score += add(f.callToAction(), 2, "call-to-action", reasons);
        score += add(f.addressedAsk(), 1, "ask-word", reasons);
        score += add(f.moneyPerPeriod(), 2, "money-per-period", reasons);
        score += add(f.salutation(), 3, "salutation", reasons);
        score += add(f.thanks(), 2, "thanks", reasons);
        score += add(f.publisherSelf(), 2, "publisher-self", reasons);
        return new AppealScore(score, reasons);
    }

    private static int add(boolean fired, int weight, String reason, List<String> reasons) {
        if (fired) {
            reasons.add(reason);
            return weight;
        }
        return 0;
    }

    boolean standaloneAppeal(TextFeatures features) {
        return value >= STANDALONE && features.asks();
    }

    String reason() {
        return String.join(",", reasons);
    }
}
