package org.annals.extract.bench;

import java.util.List;

/**
 * Page furniture for the held-out extraction set, written for it and worded differently from {@link PageParts}, so
 * that rules tuned on the first set get no help from shared phrasing. No text is copied from any site.
 */
final class HeldOutParts {
    private HeldOutParts() {}

    static final List<String> SITES = List.of(
            "Riverside Gazette", "The Coastal Courier", "Valley Dispatch", "Capital Report", "The Morning Lantern");

    static final List<String> MENU = List.of(
            "Home",
            "Local",
            "National",
            "International",
            "Economy",
            "Environment",
            "Education",
            "Arts",
            "Travel",
            "Weather",
            "Obituaries",
            "Puzzles");

    static final List<List<String>> APPEALS = List.of(
            List.of(
                    "Keep local news alive",
                    "Reporting on your community costs more every year, and advertising no longer pays for it. When"
                            + " you chip in, you keep our reporters at council meetings and in courtrooms.",
                    "Chip in $3 a month",
                    "No thanks"),
            List.of(
                    "A note to our readers",
                    "Thousands of people rely on us for facts they can trust. We are funded by people who read us,"
                            + " not by shareholders, and every contribution goes straight into reporting.",
                    "Will you stand with us today?",
                    "Give now"),
            List.of(
                    "We need your help",
                    "If everyone who read this page gave just £2, our newsroom would be funded for the year. Please"
                            + " make a one-off or recurring gift.",
                    "Make a gift"),
            List.of(
                    "Be part of it",
                    "Join 40,000 members who keep this site free of paywalls. Members get a quarterly magazine and"
                            + " invitations to our events.",
                    "Join now"));

    static final List<List<String>> NEWSLETTERS = List.of(
            List.of(
                    "The Weekend Read",
                    "Our best long-form stories, picked by the editors and sent to you every Saturday morning.",
                    "Email address",
                    "Sign me up"),
            List.of(
                    "Morning headlines in your inbox",
                    "Start your day with the five stories you need to know. Free, every weekday.",
                    "Subscribe"),
            List.of(
                    "Stay in the loop",
                    "Get breaking news alerts and our daily digest delivered to your inbox.",
                    "Your email address",
                    "Get the digest"));

    static final List<List<String>> PAYWALLS = List.of(
            List.of(
                    "Subscribe to keep reading",
                    "This story is for subscribers. Get unlimited access to every article for just $1 a week for the"
                            + " first three months.",
                    "See subscription options",
                    "Already have an account? Sign in"),
            List.of(
                    "You have reached your limit of free articles.",
                    "Become a subscriber to continue reading. Digital access starts at €4.99 per month, and you can"
                            + " cancel any time.",
                    "Subscribe now"));

    static final List<String> COOKIES = List.of(
            "Your privacy matters to us. We and our partners use cookies to provide our services, to measure"
                    + " traffic and to show you personalised adverts.",
            "This site uses cookies. Some are essential, others help us improve the site and your experience."
                    + " You can change your choice at any time in the privacy settings.");

    static final List<String> AUTHOR_BIOS = List.of(
            "Sam Whitfield is a freelance writer based in Porto who covers migration, housing and local politics."
                    + " Sam previously worked as a sub-editor at a regional daily.",
            "Lena Ortiz writes about science and public health. She holds a degree in biology and has reported"
                    + " from four continents.",
            "Daniel Mbeki has covered courts and crime for more than a decade. He lives with his family and two"
                    + " very old cats.");

    static final List<String> TAG_CLOUD = List.of(
            "elections",
            "courts",
            "climate",
            "transport",
            "housing",
            "schools",
            "energy",
            "health",
            "trade",
            "police",
            "budget",
            "science",
            "protest",
            "football",
            "weather");

    static final List<String> LIVE_INTROS = List.of(
            "Welcome to our live coverage. We will bring you the latest developments as they happen.",
            "Good morning and thanks for joining us. Stay with this page for updates through the day.");

    static final List<String> PHOTO_CAPTIONS = List.of(
            "Morning light falls across the square where crowds began to gather before dawn. Many had travelled"
                    + " for hours to be there.",
            "A volunteer hands out water to people waiting in line. Temperatures rose above thirty degrees by"
                    + " noon.",
            "Officials leave the building after the meeting ended late in the evening. None of them spoke to the"
                    + " press.",
            "Residents inspect the damage along the main road the following day. Clean-up crews arrived in the"
                    + " afternoon.",
            "The view from the hillside above the town, where the events of the week unfolded.");

    static final List<String> PHOTO_CREDITS =
            List.of("Photo: R. Alvarez", "Photograph by M. Chen", "Image credit: staff", "Photo: agency pool");

    static final List<String> EDITOR_NOTES = List.of(
            "Editor's note: This story has been updated with new information since it was first published.",
            "Editor's note: This article is part of our series on the year's most important stories.");

    static final List<String> CORRECTIONS = List.of(
            "Correction: An earlier version of this article misstated the day of a meeting. It took place on a"
                    + " Tuesday, not a Wednesday.",
            "Correction: A previous version of this story gave an incorrect title for one of the officials"
                    + " quoted. The error has been fixed.");

    static final List<String> TIP_LINES = List.of(
            "Do you have a story we should look into? Email our news desk at tips@example.org.",
            "Got a news tip? Get in touch with our reporters at newsdesk@example.org.");
}
