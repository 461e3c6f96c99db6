package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.contact.mapping.ContactMapper;
import io.github.sansanghlsync.contact.mapping.MappingOutcome;
import io.github.sansanghlsync.contact.mapping.Rejection;
import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.SansanClient;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code map --card ID}: the Sansan card and the GHL payload the definition's mapping makes of it, side by side. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Show a Sansan card next to the GHL upsert body the mapping makes of it (or why it is rejected). "
                + "Reads from Sansan only; writes nothing.")
public class MapCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Option(names = "--card", required = true, description = "The Sansan card id (32 hex characters).")
    String cardId;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = definition.start()) {
            BizCard card = context.getBean(SansanClient.class).bizCard(cardId);
            if (card == null) {
                System.err.println("error: Sansan has no card " + cardId);
                return ExitCode.FAILED.code();
            }
            JsonMapper json = context.getBean(JsonMapper.class);
            ContactMapper mapper = context.getBean(ContactMapper.class);
            MappingOutcome outcome = mapper.map(card);
            List<String> right = new ArrayList<>();
            if (outcome instanceof MappingOutcome.Mapped mapped) {
                right.add("GHL POST /contacts/upsert");
                flatten("", json.valueToTree(mapped.contact().request()), right);
                mapped.contact().customFieldsByKey().forEach((key, value) -> right.add("customField " + key + " = " + value));
                List<String> rules = mapper.rules().explain(card);
                if (!rules.isEmpty()) {
                    // which rule made which value: the payload above already holds their combined effect
                    right.add("");
                    right.add("mapping rules (in order, later wins)");
                    right.addAll(rules);
                }
            } else {
                right.add("REJECTED");
                for (Rejection rejection : ((MappingOutcome.Rejected) outcome).rejections()) {
                    right.add(rejection.code() + " (" + rejection.field() + "): " + rejection.message());
                }
            }
            List<String> left = new ArrayList<>();
            left.add("Sansan card " + cardId);
            flatten("", json.valueToTree(card), left);
            print(left, right);
            return outcome instanceof MappingOutcome.Mapped ? ExitCode.COMPLETED.code() : ExitCode.COMPLETED_WITH_REJECTIONS.code();
        }
    }

    private static void flatten(String prefix, JsonNode node, List<String> lines) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), lines);
            }
        } else if (node.isArray()) {
            Iterator<JsonNode> elements = node.iterator();
            for (int i = 0; elements.hasNext(); i++) {
                flatten(prefix + "[" + i + "]", elements.next(), lines);
            }
        } else if (!node.isNull()) {
            lines.add(prefix + " = " + node.asString());
        }
    }

    private static void print(List<String> left, List<String> right) {
        int width = Math.min(70, left.stream().mapToInt(String::length).max().orElse(0));
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            if (l.length() > width) {
                l = l.substring(0, width - 1) + "…";
            }
            System.out.printf("%-" + width + "s │ %s%n", l, i < right.size() ? right.get(i) : "");
        }
    }
}
