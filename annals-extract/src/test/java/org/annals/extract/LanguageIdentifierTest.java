package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private static final String ENGLISH = "The government announced new measures on Monday to support farmers after"
            + " a drought destroyed part of the harvest. Critics said the help had come too late for many of them.";
    private static final String RUSSIAN = "Правительство объявило в понедельник о новых мерах поддержки фермеров после"
            + " засухи, которая уничтожила часть урожая. Критики заявили, что помощь пришла слишком поздно.";

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | The government announced new measures on Monday to support farmers after a drought destroyed"
                        + " part of the harvest.",
                "ru | Правительство объявило в понедельник о новых мерах поддержки фермеров после засухи.",
                "uk | Уряд оголосив у понеділок про нові заходи підтримки фермерів після посухи, яка знищила частину"
                        + " врожаю.",
                "zh | 政府星期一宣布了支持农民的新措施，因为干旱毁坏了部分收成。",
                "ja | 政府は月曜日、干ばつで収穫の一部が失われたことを受けて、農家を支援する新たな対策を発表した。",
                "fr | Le gouvernement a annoncé lundi de nouvelles mesures pour soutenir les agriculteurs après une"
                        + " sécheresse qui a détruit une partie des récoltes.",
                "de | Die Regierung hat am Montag neue Maßnahmen angekündigt, um die Bauern nach einer Dürre zu"
                        + " unterstützen, die einen Teil der Ernte zerstört hat.",
                "es | El gobierno anunció el lunes nuevas medidas para apoyar a los agricultores después de una sequía"
                        + " que destruyó parte de la cosecha.",
                "it | Il governo ha annunciato lunedì nuove misure per sostenere gli agricoltori dopo una siccità che"
                        + " ha distrutto parte del raccolto.",
                "pt | O governo anunciou na segunda-feira novas medidas para apoiar os agricultores após uma seca que"
                        + " destruiu parte da colheita.",
                "nl | De regering heeft maandag nieuwe maatregelen aangekondigd om de boeren te steunen na een droogte"
                        + " die een deel van de oogst heeft vernietigd.",
                "ar | أعلنت الحكومة يوم الاثنين عن إجراءات جديدة لدعم المزارعين بعد الجفاف الذي دمر جزءا من المحصول"
                        + " في البلاد، وقال وزير الزراعة إن الدعم سيصل إلى كل المناطق.",
                "el | Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα για τη στήριξη των αγροτών.",
                "ko | 정부는 월요일 가뭄으로 수확의 일부가 피해를 입은 농민들을 지원하기 위한 새로운 대책을 발표했다.",
            })
    void oneSentenceIsEnough(String language, String text) {
        assertEquals(language, identifier.identify(text));
    }

    @Test
    void longTextsAreIdentified() {
        assertEquals("en", identifier.identify(ENGLISH.repeat(40)));
        assertEquals("ru", identifier.identify(RUSSIAN.repeat(40)));
        // A Russian article quoting English names and a short English phrase is still Russian.
        assertEquals(
                "ru",
                identifier.identify(RUSSIAN + " Представитель компании Reuters сказал: «no comment». " + RUSSIAN));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello world",
                "Привет, мир",
                "Paris, 3 June",
                "政府",
                "12 345 67.8 %%% ---",
                "Xinhua Reuters AFP Bloomberg Kommersant Interfax",
            })
    void veryShortOrWordlessTextIsNotGuessed(String text) {
        assertEquals(LanguageIdentifier.UNKNOWN, identifier.identify(text));
    }

    @Test
    void mixedLanguagesAreNotGuessed() {
        assertEquals(LanguageIdentifier.UNKNOWN, identifier.identify(ENGLISH + " " + RUSSIAN));
        String englishAndFrench = "The minister said that the talks were useful. Le ministre a dit que les"
                + " discussions étaient utiles et que la paix est possible.";
        assertEquals(LanguageIdentifier.UNKNOWN, identifier.identify(englishAndFrench));
        assertEquals(LanguageIdentifier.UNKNOWN, identifier.identify(""));
    }

    private static Document document(Metadata metadata, String text, List<Block> blocks) {
        return Document.of("id", new Provenance("a.txt", "text", "id", "url=sidecar"), metadata, text)
                .withBlocks(blocks);
    }

    @Test
    void stageSetsTheLanguageFromArticleBlocksAndRecordsItsOrigin() {
        String banner = "We use cookies to improve your experience on this site and to show you the news you like.";
        String text = banner + "\n" + RUSSIAN;
        Document document = document(
                Metadata.EMPTY,
                text,
                List.of(
                        new Block(new Span(0, banner.length()), BlockKind.COOKIE, "cookie"),
                        new Block(new Span(banner.length() + 1, text.length()), BlockKind.BODY, "")));
        Document result = new LanguageStage().apply(document);
        assertEquals("ru", result.metadata().language());
        assertEquals("url=sidecar,language=detected", result.provenance().metadataSources());
        assertEquals(document.blocks(), result.blocks());
    }

    @Test
    void stageKeepsALanguageTheSourceGave() {
        Document document = document(
                Metadata.EMPTY.withLanguage("en-gb"),
                RUSSIAN,
                List.of(new Block(new Span(0, RUSSIAN.length()), BlockKind.BODY, "")));
        assertEquals(document, new LanguageStage().apply(document));
    }

    @Test
    void stageLeavesTheLanguageEmptyWhenUnsure() {
        Document document =
                document(Metadata.EMPTY, "Hello world", List.of(new Block(new Span(0, 11), BlockKind.BODY, "")));
        Document result = new LanguageStage().apply(document);
        assertEquals("", result.metadata().language());
        assertEquals("url=sidecar", result.provenance().metadataSources());
    }
}
