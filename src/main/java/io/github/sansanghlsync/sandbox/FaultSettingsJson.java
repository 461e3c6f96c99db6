package io.github.sansanghlsync.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the body of {@code POST /_admin/faults}: flat rates ({@code http500}, {@code http503},
 * {@code http429}, {@code connectionReset}, {@code timeout}, {@code applyThenFail}, {@code timeoutMs}),
 * {@code failNext} (an object or a list of {@code {endpoint?, count, status | fault}}) and
 * {@code failFrom} ({@code {endpoint?, request, status | fault}}); {@code fault} is
 * {@code connectionReset}, {@code timeout} or {@code applyThenFail}. {@code {}} clears everything.
 */
final class FaultSettingsJson {

    private static final Set<String> TOP = Set.of("http500", "http503", "http429", "connectionReset", "timeout",
            "applyThenFail", "timeoutMs", "failNext", "failFrom");
    private static final Set<String> TRIGGER = Set.of("endpoint", "count", "request", "status", "fault");

    private FaultSettingsJson() {
    }

    /** Parses the admin body; a typo or bad value throws {@link IllegalArgumentException} (answered 400). */
    static FaultPlan.Settings read(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("faults body must be a JSON object");
        }
        checkKnown(body, TOP);
        FaultRates rates = new FaultRates(rate(body, "http500"), rate(body, "http503"), rate(body, "http429"),
                rate(body, "connectionReset"), rate(body, "timeout"), rate(body, "applyThenFail"),
                body.path("timeoutMs").asLong(FaultRates.DEFAULT_TIMEOUT_MS));
        List<FaultPlan.FailNext> failNext = new ArrayList<>();
        JsonNode next = body.path("failNext");
        if (next.isObject()) {
            failNext.add(readFailNext(next));
        } else if (next.isArray()) {
            next.forEach(item -> failNext.add(readFailNext(item)));
        } else if (!next.isMissingNode() && !next.isNull()) {
            throw new IllegalArgumentException("failNext must be an object or a list");
        }
        FaultPlan.FailFrom failFrom = null;
        JsonNode from = body.path("failFrom");
        if (from.isObject()) {
            checkKnown(from, TRIGGER);
            failFrom = new FaultPlan.FailFrom(text(from, "endpoint"), from.path("request").asInt(0), fault(from));
        } else if (!from.isMissingNode() && !from.isNull()) {
            throw new IllegalArgumentException("failFrom must be an object");
        }
        return new FaultPlan.Settings(rates, failNext, failFrom);
    }

    /** The plan as JSON, in the same vocabulary as the body that sets it. */
    static ObjectNode write(FaultPlan.Settings settings) {
        ObjectNode json = SandboxJson.object();
        FaultRates rates = settings.rates();
        json.put("http500", rates.http500());
        json.put("http503", rates.http503());
        json.put("http429", rates.http429());
        json.put("connectionReset", rates.connectionReset());
        json.put("timeout", rates.timeout());
        json.put("applyThenFail", rates.applyThenFail());
        json.put("timeoutMs", rates.timeoutMs());
        var list = json.putArray("failNext");
        for (FaultPlan.FailNext trigger : settings.failNext()) {
            ObjectNode item = list.addObject();
            item.put("endpoint", trigger.endpoint());
            item.put("count", trigger.count());
            writeFault(item, trigger.fault());
        }
        if (settings.failFrom() == null) {
            json.putNull("failFrom");
        } else {
            ObjectNode item = json.putObject("failFrom");
            item.put("endpoint", settings.failFrom().endpoint());
            item.put("request", settings.failFrom().fromRequest());
            writeFault(item, settings.failFrom().fault());
        }
        return json;
    }

    private static FaultPlan.FailNext readFailNext(JsonNode item) {
        if (!item.isObject()) {
            throw new IllegalArgumentException("failNext items must be objects");
        }
        checkKnown(item, TRIGGER);
        return new FaultPlan.FailNext(text(item, "endpoint"), item.path("count").asInt(1), fault(item));
    }

    private static Fault fault(JsonNode trigger) {
        JsonNode status = trigger.path("status");
        String kind = text(trigger, "fault");
        if (status.isNumber() && kind == null) {
            return Fault.status(status.intValue());
        }
        if (kind == null || status.isNumber()) {
            throw new IllegalArgumentException("a trigger needs either \"status\" or \"fault\"");
        }
        return switch (kind) {
            case "connectionReset" -> Fault.connectionReset();
            case "timeout" -> Fault.timeout();
            case "applyThenFail" -> Fault.applyThenFail();
            default -> throw new IllegalArgumentException("unknown fault " + kind
                    + " (connectionReset, timeout or applyThenFail)");
        };
    }

    private static void writeFault(ObjectNode item, Fault fault) {
        switch (fault.kind()) {
            case STATUS -> item.put("status", fault.status());
            case CONNECTION_RESET -> item.put("fault", "connectionReset");
            case TIMEOUT -> item.put("fault", "timeout");
            case APPLY_THEN_FAIL -> item.put("fault", "applyThenFail");
            case NONE -> item.putNull("fault");
        }
    }

    private static double rate(JsonNode body, String name) {
        JsonNode value = body.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(name + " must be a number between 0 and 1");
        }
        return value.doubleValue();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.stringValue() : null;
    }

    private static void checkKnown(JsonNode node, Set<String> known) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!known.contains(property.getKey())) {
                throw new IllegalArgumentException("unknown property " + property.getKey() + " (known: " + known + ")");
            }
        }
    }
}
