package org.annals.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.annals.store.TableResult;

/** The API's JSON: one mapper, and store rows turned into objects keyed by column name. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ArrayNode rows(TableResult table) {
        ArrayNode array = array();
        for (List<Object> row : table.rows()) {
            array.add(row(table, row));
        }
        return array;
    }

    static ObjectNode row(TableResult table, List<Object> row) {
        ObjectNode node = object();
        for (int i = 0; i < table.columns().size(); i++) {
            node.set(table.columns().get(i), value(row.get(i)));
        }
        return node;
    }

    /** Store values as JSON; timestamps are UTC, and non-finite numbers (never valid JSON) become null. */
    static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        if (value instanceof LocalDateTime t) {
            return NODES.textNode(t.atOffset(ZoneOffset.UTC).toInstant().toString());
        }
        if (value instanceof Map<?, ?> record) {
            ObjectNode node = object();
            record.forEach((key, item) -> node.set(String.valueOf(key), value(item)));
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = array();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        return NODES.textNode(value.toString());
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** A list answer: the page of items, the total that matched, and the paging that produced it. */
    static ObjectNode page(ArrayNode items, long total, int limit, int offset) {
        ObjectNode node = object();
        node.put("total", total);
        node.put("limit", limit);
        node.put("offset", offset);
        node.set("items", items);
        return node;
    }

    /**
     * A list answer whose count stopped at {@code cap}: {@code total} is at most {@code cap}, and
     * {@code total_is_lower_bound} says whether more matched.
     */
    static ObjectNode cappedPage(ArrayNode items, long countedUpToCapPlusOne, long cap, int limit, int offset) {
        boolean more = countedUpToCapPlusOne > cap;
        ObjectNode node = page(items, Math.min(countedUpToCapPlusOne, cap), limit, offset);
        node.put("total_is_lower_bound", more);
        return node;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
