package org.annals.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface features of one block of text that tell a publisher's message to its readers from reporting. News prose
 * is third person and quotes people; appeals, newsletter boxes and page furniture address the reader ("you"), speak
 * as the publisher ("we"), ask for action, and come in short lines. Pronouns inside quotation marks are not counted,
 * because reporting quotes people who say "we".
 */
record TextFeatures(
        int words,
        int secondPerson,
        int firstPlural,
        boolean callToAction,
        boolean addressedAsk,
        boolean moneyPerPeriod,
        boolean salutation,
        boolean headerLine,
        boolean thanks,
        boolean uiLine,
        boolean share,
        boolean newsletter,
        boolean cookie,
        boolean copyright,
        boolean photoCredit,
        boolean comment,
        boolean publisherSelf,
        boolean paywall,
        boolean byline) {

    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]");
    private static final Set<String> SECOND_PERSON =
            Set.of("you", "your", "yours", "yourself", "yourselves", "you're", "you'll", "you've", "you'd");
    // Every pronoun below starts with one of these letters and is no longer than "yourselves"; other words are not
    // looked up.
    private static final String PRONOUN_INITIALS = "yYwWoOuU";
    private static final int LONGEST_PRONOUN = "yourselves".length();
    private static final Set<String> FIRST_PLURAL =
            Set.of("we", "our", "ours", "us", "ourselves", "we're", "we've", "we'll", "we'd");
    // Sentence-initial "Donate", "Subscribe", "Become a member" can only be imperatives; "Support", "Join", "Give"
    // also open news sentences as nouns ("Support for the bill grew"), so they need a pronoun or "please" too.
    private static final GatedPattern CLEAR_IMPERATIVE = GatedPattern.of(
            imperative("donate|subscribe|contribute|sign up|become a (?:member|subscriber|supporter|patron)"
                    + "|chip in|pitch in|make a\\b[^.!?]{0,30}\\b(?:gift|donation|contribution)"),
            "chip in",
            "pitch in",
            "make a",
            "donate",
            "subscribe",
            "contribute",
            "sign up",
            "become a ");
    // A button that asks: a giving or joining verb and "now" or "today" ("Give now", "Join us today").
    private static final Pattern BUTTON_ASK = Pattern.compile(
            "(?:give|join|support|help|donate|subscribe|contribute|chip in|pitch in|act)(?: \\p{L}+){0,2}"
                    + " (?:now|today)[.!]?",
            Pattern.CASE_INSENSITIVE);
    private static final int BUTTON_WORDS = 5;
    private static final GatedPattern AMBIGUOUS_IMPERATIVE =
            GatedPattern.of(imperative("support|join|give|help"), "support", "join", "give", "help");
    // An ask aimed at the publisher ("support us", "join our community") or naming the reader's help.
    private static final GatedPattern ASK_FOR_US = GatedPattern.of(
                    Pattern.compile(
                            "\\b(?:support(?:ing)?|donat(?:e|ing)|subscrib(?:e|ing)|contribut(?:e|ing)|join(?:ing)?"
                                    + "|sign up|help|stand with)(?:\\s+\\p{L}+){0,2}?\\s+(?:us|our)\\b",
                            Pattern.CASE_INSENSITIVE),
                    "stand with",
                    "support",
                    "donat",
                    "subscrib",
                    "contribut",
                    "join",
                    "sign up",
                    "help")
            .alsoRequiring("us", "our");
    private static final GatedPattern YOUR_HELP = GatedPattern.of(
            Pattern.compile("\\byour (?:support|help|contribution|donation|generosity)\\b", Pattern.CASE_INSENSITIVE),
            "your ");
    private static final Pattern MONEY =
            Pattern.compile("[$€£¥]\\s?\\d[\\d.,]*|\\b\\d[\\d.,]*\\s?(?:dollars|euros|pounds|USD|EUR|GBP)\\b");
    private static final List<String> CURRENCIES =
            List.of("$", "€", "£", "¥", "dollars", "euros", "pounds", "USD", "EUR", "GBP");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:monthly|a month|per month|each month|every month|a year|per year|annually|yearly|a week|per week"
                    + "|weekly)\\b|/\\s?(?:mo|month|yr|year)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SALUTATION =
            Pattern.compile("^(?:dear|hello|hi|greetings)\\b[^.!?]{0,40}[,!:]?$", Pattern.CASE_INSENSITIVE);
    // A short thank-you line, or thanks for the reader's support; "thank you for agreeing" is an interviewer's.
    private static final GatedPattern THANKS = GatedPattern.of(
            Pattern.compile(
                    "^(?:thank you|thanks)[^.!?]{0,30}[.!]?$|\\bthank you for (?:your support|reading|supporting|standing"
                            + "|being a|choosing|subscribing|donating|contributing)\\b",
                    Pattern.CASE_INSENSITIVE),
            "thank");
    private static final Set<String> UI_VERBS = Set.of(
            "remind",
            "read",
            "share",
            "log",
            "sign",
            "close",
            "continue",
            "show",
            "load",
            "click",
            "tap",
            "follow",
            "skip",
            "accept",
            "dismiss",
            "got",
            "learn",
            "see",
            "view",
            "back",
            "next",
            "previous",
            "reply",
            "print",
            "email",
            "tweet",
            "subscribe",
            "donate",
            "register",
            "download",
            "hide",
            "expand",
            "watch",
            "listen");
    private static final Pattern SHARE = Pattern.compile(
            "^(?:share|tweet|email|print|pin|follow us)(?: (?:this|the) (?:article|story|page|post))?"
                    + "(?: (?:on|via|by) [\\p{L} ]{1,20})?[.!:]?$",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern NEWSLETTER = GatedPattern.of(
            Pattern.compile(
                    "\\bnewsletters?\\b|\\b(?:delivered|straight|direct) to your inbox\\b|\\bsubscribe to (?:our|the)\\b",
                    Pattern.CASE_INSENSITIVE),
            "newsletter",
            "to your inbox",
            "subscribe to ");
    // Sign-up box lines without the word "newsletter": the pitch, the e-mail field's label, the fine print.
    private static final GatedPattern SIGN_UP = GatedPattern.of(
            Pattern.compile(
                    "\\bsent to you (?:every|each)\\b|\\b(?:in|to) your inbox\\b|^(?:enter )?your e-?mail(?: address)?:?$"
                            + "|\\bby signing up\\b|^(?:get|sign up for|receive)\\b.{0,40}\\b(?:briefing|digest|bulletin)\\b",
                    Pattern.CASE_INSENSITIVE),
            "sent to you",
            "your inbox",
            "your e",
            "signing up",
            "briefing",
            "digest",
            "bulletin");
    // The publisher talking about its own journalism, as appeals do ("our reporters", "independent journalism").
    private static final GatedPattern PUBLISHER_SELF = GatedPattern.of(
            Pattern.compile(
                    "\\bour (?:journalism|reporting|reporters|journalists|newsroom|coverage|mission|work|editors)\\b"
                            + "|\\bindependent (?:journalism|reporting|media)\\b|\\breaders like you\\b"
                            + "|\\b(?:non-?profit|independent) newsroom\\b"
                            // How the publisher is paid for and kept open: "we are funded by our readers",
                            // "keep our journalism free".
                            + "|\\b(?:we are|we're) (?:funded|supported|paid for) by\\b"
                            + "|\\bkeep (?:this site|our (?:site|journalism|reporting|website)) (?:free|open|independent)\\b",
                    Pattern.CASE_INSENSITIVE),
            "our ",
            "independent ",
            "readers like you",
            "newsroom",
            "funded by",
            "supported by",
            "paid for by",
            "keep ");
    // Metered paywalls and subscription walls.
    private static final GatedPattern PAYWALL = GatedPattern.of(
            Pattern.compile(
                    "\\b(?:free|remaining) (?:articles?|stories) (?:this|per|a|left|remaining)\\b|\\bunlimited (?:digital )?access\\b"
                            + "|^already (?:a )?(?:subscriber|member)\\b|^already have an account\\b"
                            + "|\\bcancel (?:any ?time)\\b",
                    Pattern.CASE_INSENSITIVE),
            "free ",
            "remaining ",
            "unlimited ",
            "already ",
            "cancel ");
    // "By Jane Doe", "Reporting by ...", "5 min read": the byline and reading-time line above a story.
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|reporting by|words by)\\s+\\p{L}|\\b\\d+ ?min(?:ute)?s? read\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern COOKIE =
            GatedPattern.of(Pattern.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE), "cookie");
    private static final Pattern COOKIE_CONTEXT = Pattern.compile(
            "\\bwe use\\b|\\b(?:this|our) (?:site|website)\\b|\\baccept\\b|\\bconsent\\b|\\bbrowsing\\b"
                    + "|\\bprivacy (?:policy|settings)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT =
            Pattern.compile("^(?:©|\\(c\\)|copyright\\b)|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^|[.)]\\s+)(?:photo|photograph|image|picture|illustration|video|credit)s?(?: credits?)?\\s*(?::|by\\b)"
                    + "[^.]{0,40}\\.?$|^(?:photo|photograph|image|picture|illustration|video|credit)s?(?: credits?)?"
                    + "\\s*(?::|by\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile(
            "^\\d+ comments?$|^(?:leave|post|add|write) a (?:comment|reply)\\b|^comments? (?:are|is) (?:closed|open)\\b"
                    + "|^(?:show|view|hide) (?:all )?comments\\b",
            Pattern.CASE_INSENSITIVE);

    static TextFeatures of(String raw) {
        String text = PlainText.trim(raw).replace('’', '\'');
        boolean quotes = hasQuote(text);
        String unquoted = quotes ? QUOTED.matcher(text).replaceAll(" ") : text;
        String lowerUnquoted = unquoted.toLowerCase(Locale.ROOT);
        WordTally words = WordTally.of(text);
        WordTally unquotedWords = quotes ? WordTally.of(unquoted) : words;
        int second = unquotedWords.secondPerson;
        int plural = unquotedWords.firstPlural;
        boolean addressed = second > 0 || plural > 0;
        int n = words.words;
        boolean imperative = CLEAR_IMPERATIVE.find(unquoted, lowerUnquoted)
                || ((addressed || lowerUnquoted.contains("please"))
                        && AMBIGUOUS_IMPERATIVE.find(unquoted, lowerUnquoted))
                || (n <= BUTTON_WORDS && BUTTON_ASK.matcher(text).matches());
        return new TextFeatures(
                n,
                second,
                plural,
                imperative,
                ASK_FOR_US.find(unquoted, lowerUnquoted) || YOUR_HELP.find(unquoted, lowerUnquoted),
                moneyPerPeriod(text),
                n <= 6 && SALUTATION.matcher(text).find(),
                n <= 10
                        && (text.endsWith(":")
                                || text.endsWith("...")
                                || text.endsWith("…")
                                || (text.endsWith("?") && second + plural > 0)),
                (second > 0 || n <= 6) && THANKS.find(unquoted, lowerUnquoted),
                uiLine(n, words.first, text),
                n <= 8 && SHARE.matcher(text).find(),
                ((second > 0 || n <= 25) && NEWSLETTER.find(unquoted, lowerUnquoted))
                        || (n <= 25 && SIGN_UP.find(unquoted, lowerUnquoted)),
                COOKIE.find(unquoted, lowerUnquoted)
                        && COOKIE_CONTEXT.matcher(unquoted).find(),
                n <= 25 && COPYRIGHT.matcher(text).find(),
                n <= 20 && PHOTO_CREDIT.matcher(text).find(),
                n <= 8 && COMMENT.matcher(text).find(),
                plural > 0 && PUBLISHER_SELF.find(unquoted, lowerUnquoted),
                n <= 30 && PAYWALL.find(unquoted, lowerUnquoted),
                n <= 15 && !text.endsWith(".") && BYLINE.matcher(text).find());
    }

    /** Whether the text holds an opening quotation mark of {@link #QUOTED}; most paragraphs quote nobody. */
    private static boolean hasQuote(String text) {
        return text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('«') >= 0 || text.indexOf('„') >= 0;
    }

    private static Pattern imperative(String verbs) {
        return Pattern.compile("(?:^|[.!?:]\\s+|\\bplease\\s+)(?:" + verbs + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Word count, first word, and reader-facing pronouns outside quotes; only candidate pronouns become strings. */
    private static final class WordTally implements LetterWords.Sink {
        private int words;
        private String first = "";
        private int secondPerson;
        private int firstPlural;

        static WordTally of(String text) {
            WordTally tally = new WordTally();
            LetterWords.scan(text, tally);
            return tally;
        }

        @Override
        public void word(String text, int start, int end) {
            if (words++ == 0) {
                first = LetterWords.lowerCase(text, start, end);
            }
            if (end - start <= LONGEST_PRONOUN && PRONOUN_INITIALS.indexOf(text.charAt(start)) >= 0) {
                String word = LetterWords.lowerCase(text, start, end);
                secondPerson += SECOND_PERSON.contains(word) ? 1 : 0;
                firstPlural += FIRST_PLURAL.contains(word) ? 1 : 0;
            }
        }
    }

    /** A money amount with a per-period word nearby: "$5 a month", "support us monthly from just $2". */
    private static boolean moneyPerPeriod(String text) {
        if (!mentionsMoney(text)) {
            return false;
        }
        Matcher money = MONEY.matcher(text);
        while (money.find()) {
            int from = Math.max(0, money.start() - 60);
            int to = Math.min(text.length(), money.end() + 60);
            if (PERIOD.matcher(text.substring(from, to)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition of {@link #MONEY}: a digit and a currency sign or name (the pattern is case-sensitive). */
    private static boolean mentionsMoney(String text) {
        for (String currency : CURRENCIES) {
            if (text.contains(currency)) {
                return hasDigit(text);
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A button-like line: a few words, no digits, opening with an interface verb ("Read more", "Log in"). */
    private static boolean uiLine(int words, String firstWord, String text) {
        if (words == 0 || words > 4 || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean buttonEnding = Character.isLetter(last) || last == '.' || last == '!' || last == '»' || last == '>';
        return buttonEnding && Character.isUpperCase(text.charAt(0)) && UI_VERBS.contains(firstWord);
    }

    /** Features that ask the reader for something; pronouns alone are not enough to call a block an appeal. */
    boolean asks() {
        return callToAction || addressedAsk || moneyPerPeriod || salutation || thanks;
    }

    boolean pronouns() {
        return secondPerson + firstPlural > 0;
    }

    double secondPersonDensity() {
        return words == 0 ? 0 : (double) secondPerson / words;
    }

    double firstPluralDensity() {
        return words == 0 ? 0 : (double) firstPlural / words;
    }
}
