package io.github.sansanghlsync.sandbox.sansan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Bad data the Sansan emulator serves on purpose, so tests can show the program survives it: a card's
 * JSON rewritten (wrong types, missing fields, invalid dates...), pages that are not JSON, and page
 * tokens that have expired.
 */
public final class Malformations {

    private final Map<String, Function<ObjectNode, JsonNode>> cardPatches = new ConcurrentHashMap<>();
    private final AtomicInteger goodPagesBeforeBroken = new AtomicInteger();
    private final AtomicInteger brokenPages = new AtomicInteger();
    private final AtomicInteger expiringTokens = new AtomicInteger();

    /** From now on the card is served as {@code patch} makes its JSON (any JSON node, even not an object). */
    public void patchCard(String cardId, Function<ObjectNode, JsonNode> patch) {
        cardPatches.put(cardId, patch);
    }

    /** After {@code goodPages} more good card pages, the next {@code count} are a truncated, unparseable body. */
    public void breakPages(int goodPages, int count) {
        goodPagesBeforeBroken.set(goodPages);
        brokenPages.set(count);
    }

    /** The next {@code count} requests that carry a page token are refused: the token has expired. */
    public void expireNextPageTokens(int count) {
        expiringTokens.set(count);
    }

    public void clear() {
        cardPatches.clear();
        goodPagesBeforeBroken.set(0);
        brokenPages.set(0);
        expiringTokens.set(0);
    }

    JsonNode render(String cardId, ObjectNode json) {
        Function<ObjectNode, JsonNode> patch = cardPatches.get(cardId);
        return patch == null ? json : patch.apply(json);
    }

    /** A broken page body, if one is due. */
    synchronized JsonNode takeBrokenPage() {
        if (brokenPages.get() <= 0) {
            return null;
        }
        if (goodPagesBeforeBroken.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return null;
        }
        brokenPages.decrementAndGet();
        return JsonNodeFactory.instance.rawValueNode(new RawValue("{\"data\":[{\"id\":\"0123"));
    }

    /** Whether this token-carrying request is refused as expired. */
    boolean takeExpiredToken() {
        return expiringTokens.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
}
