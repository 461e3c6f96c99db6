package io.github.sansanghlsync.sandbox;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the emulators, configured to keep fields in declaration order like the real APIs. */
public final class SandboxJson {

    /** Jackson 3 sorts properties alphabetically by default; real payloads keep their own order. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private SandboxJson() {
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new empty JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Any value (record, map, list) as a tree. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Serialises a tree to UTF-8 bytes. */
    public static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** Parses bytes, throwing {@link MalformedJsonException} with the parser's message on bad input. */
    public static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedJsonException(e.getOriginalMessage(), e);
        }
    }

    /** Maps a tree onto a record or class, throwing {@link MalformedJsonException} when it does not fit. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            throw new MalformedJsonException(e.getOriginalMessage(), e);
        }
    }
}
