package org.annals.extract.bench;

import java.util.List;

/**
 * The page furniture the fixture generator draws from: wording modelled on common news-site layouts, written for this
 * benchmark (no text copied from any site). Appeals and newsletter boxes are lists of paragraphs so they can be laid
 * out as several blocks, as sites do.
 */
final class PageParts {
    private PageParts() {}

    static final List<String> SECTIONS = List.of(
            "World",
            "Politics",
            "Business",
            "Science",
            "Health",
            "Sport",
            "Culture",
            "Opinion",
            "Climate",
            "Technology",
            "Europe",
            "Asia",
            "Americas",
            "Africa",
            "Middle East",
            "Video",
            "Podcasts");

    static final List<List<String>> APPEALS = List.of(
            List.of(
                    "A message from our editors",
                    "Dear readers,",
                    "Independent reporting like this takes time, money and hard work. We have no billionaire owner"
                            + " and no paywall, which means we rely on readers like you to keep going.",
                    "If you value what we do, please consider making a contribution today. Every gift, however"
                            + " small, helps us stay independent.",
                    "Support us",
                    "Remind me later"),
            List.of(
                    "Before you go...",
                    "We have a small favour to ask. Millions of people read our journalism for free every month."
                            + " Unlike many others, we have chosen to keep it open to everyone.",
                    "Your support makes this possible. Give once from just $1, or better still, give monthly.",
                    "Contribute now"),
            List.of(
                    "Our journalism depends on you.",
                    "You can help us cover the stories that matter by becoming a member. Members get early access"
                            + " to investigations and an ad-free site.",
                    "Join today for as little as $5 a month.",
                    "Become a member"),
            List.of(
                    "Support quality journalism",
                    "This article is free to read because readers like you chose to pay for it. Will you join them"
                            + " and help us keep our reporting free for all?",
                    "Donate now"),
            List.of(
                    "You've read 3 of 5 free articles this month.",
                    "Subscribe now for unlimited access to our award-winning journalism. Cancel anytime.",
                    "Already a subscriber? Log in"),
            List.of(
                    "Can you spare a minute?",
                    "We are a nonprofit newsroom. Our reporters go where others will not, and we do it without"
                            + " advertising. We need 2,000 new supporters by the end of the month to continue.",
                    "Please donate what you can. It takes less than a minute.",
                    "Yes, I'll donate",
                    "Maybe later"));

    static final List<List<String>> NEWSLETTERS = List.of(
            List.of(
                    "Get the morning briefing",
                    "The day's most important stories, delivered to your inbox every weekday morning.",
                    "Enter your email address",
                    "Sign up",
                    "By signing up you agree to our privacy policy. You can unsubscribe at any time."),
            List.of(
                    "Sign up for our newsletter",
                    "Stay informed with the best of our journalism, handpicked by our editors and sent to you"
                            + " every Friday."),
            List.of(
                    "Don't miss a story",
                    "Subscribe to our free daily newsletter and get the headlines you need in one email.",
                    "Your email",
                    "Subscribe"));

    static final List<String> COOKIES = List.of(
            "We use cookies to improve your experience on our site and to show you relevant advertising. By"
                    + " continuing to browse, you agree to our use of cookies.",
            "This website uses cookies and similar technologies to personalise content and analyse traffic. Read"
                    + " our cookie policy to find out more.",
            "We and our partners store and access information on your device, such as cookies, to measure"
                    + " audiences and personalise ads. Manage your preferences at any time.");

    static final List<String> COOKIE_BUTTONS = List.of("Accept all", "Accept", "Manage settings", "Reject all", "OK");

    static final List<String> SHARE = List.of(
            "Share on Facebook", "Share on X", "Share on WhatsApp", "Email", "Copy link", "Print", "Share on LinkedIn");

    static final List<String> CAPTIONS = List.of(
            "The scene on the day the events took place.",
            "File photo.",
            "Officials speaking to reporters earlier this week.",
            "A view of the area, seen from above.",
            "People gathered outside the building.");

    static final List<String> CREDITS = List.of(
            "Photo: Reuters",
            "Image: Getty Images",
            "Photograph: AP",
            "Credit: Wikimedia Commons",
            "Photo by staff photographer",
            "(AFP)");

    static final List<String> COMMENTS = List.of(
            "This is exactly what I have been saying for years, but nobody in charge ever listens to ordinary"
                    + " people like us.",
            "Great article, thanks for the thorough reporting.",
            "I wonder how long it will take before anyone is actually held responsible for any of this.",
            "Does anyone know where to find the full report mentioned here? The link does not seem to work.",
            "Sad news. My thoughts are with the families of everyone affected.",
            "The headline is misleading, in my view, and the third paragraph contradicts it.");

    static final List<String> COMMENTERS =
            List.of("jsmith42", "Maria K.", "oldtimer", "Concerned Reader", "Tomasz", "news_junkie", "Priya R.");

    static final List<String> BYLINES = List.of(
            "By Staff Reporter",
            "By our correspondent",
            "By Wikinews contributors",
            "From our news desk",
            "By Anna Novak and Peter Hall",
            "Reporting by the newsroom");

    static final List<String> FOOTER_LINKS = List.of(
            "About us",
            "Contact",
            "Privacy policy",
            "Terms of use",
            "Advertise",
            "Careers",
            "Corrections",
            "Accessibility",
            "RSS");

    static final List<String> TAGS_LABELS = List.of("Topics:", "Tags:", "More on:", "Filed under:");
}
