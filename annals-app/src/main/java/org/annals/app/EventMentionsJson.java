package org.annals.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.annals.store.EventMention;

/** An event's further tellings as JSON: a list of {@code {start, end, text}}, as {@code /api/documents/{id}} gives. */
public final class EventMentionsJson {
    private EventMentionsJson() {}

    public static ArrayNode of(List<EventMention> mentions) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (EventMention mention : mentions) {
            array.addObject()
                    .put("start", mention.start())
                    .put("end", mention.end())
                    .put("text", mention.text());
        }
        return array;
    }
}
