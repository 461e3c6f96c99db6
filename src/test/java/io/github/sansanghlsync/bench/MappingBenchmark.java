package io.github.sansanghlsync.bench;

import io.github.sansanghlsync.contact.mapping.ContactMapper;
import io.github.sansanghlsync.contact.mapping.FieldRuleSpec;
import io.github.sansanghlsync.contact.mapping.MappingRules;
import io.github.sansanghlsync.contact.mapping.MappingSettings;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanSeed;
import io.github.sansanghlsync.sansan.BizCard;
import java.util.List;
import java.util.Objects;

/**
 * Cards mapped per second on one thread, by the built-in mapping alone and with the field rules of the
 * README's example: what the rules cost next to the engine's 3,000 cards/s. Run with
 * {@code ./scripts/bench-mapping [persons]}.
 */
public final class MappingBenchmark {

    private static final List<FieldRuleSpec> RULES = List.of(
            new FieldRuleSpec("customField.contact.department_full", List.of("companyName", "departmentName"), " / ",
                    null, null, null, null, null),
            new FieldRuleSpec("customField.contact.exchange_date", List.of("exchangeDate"), null, null, "unknown",
                    "yyyy/MM/dd", null, null),
            new FieldRuleSpec("customField.contact.name_kana", List.of("lastNameReading", "firstNameReading"), null,
                    null, null, null, null, "hiragana"),
            new FieldRuleSpec("source", null, null, "Sansan business card", null, null, null, null),
            new FieldRuleSpec("state", List.of("prefecture"), null, null, "東京都", null, null, null));

    private MappingBenchmark() {}

    public static void main(String[] args) {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SansanSeed seed = SansanSeed.generate(42, persons, SansanConfig.DEFAULT_DATA_FROM, SansanConfig.DEFAULT_DATA_TO);
        List<BizCard> cards = seed.cards().stream().map(MappingBenchmark::bizCard).toList();
        ContactMapper plain = new ContactMapper(MappingSettings.defaults());
        ContactMapper withRules = new ContactMapper(MappingSettings.defaults(),
                MappingRules.compile(RULES, "by-script", null));
        for (int round = 0; round < 6; round++) {
            // the first rounds warm the JIT up; the last one is reported
            double a = rate(plain, cards);
            double b = rate(withRules, cards);
            if (round == 5) {
                System.out.printf("%d cards, one thread: built-in mapping %,.0f cards/s; with 5 field rules and name order %,.0f cards/s%n",
                        cards.size(), a, b);
            }
        }
    }

    private static BizCard bizCard(SansanCard c) {
        return new BizCard(c.id(), c.personId(), c.companyId(), Objects.toString(c.exchangeDate(), null),
                Objects.toString(c.registeredTime(), null), Objects.toString(c.updatedTime(), null),
                c.owner() == null ? null : new BizCard.Owner(c.owner().id(), c.owner().name(), null),
                c.lastName(), c.firstName(), c.lastNameReading(), c.firstNameReading(), c.companyName(),
                c.departmentName(), c.title(), c.email(), c.tel(), c.secondTel(), c.mobile(), c.fax(), c.url(),
                c.postalCode(), c.prefecture(), c.city(), c.street(), c.building(), c.countryCode(), c.memo(),
                c.entryStatus(), c.tags().stream().map(t -> new BizCard.Tag(t.id(), t.name(), t.type())).toList(), null);
    }

    private static double rate(ContactMapper mapper, List<BizCard> cards) {
        long start = System.nanoTime();
        int mapped = 0;
        for (BizCard card : cards) {
            if (mapper.map(card) != null) {
                mapped++;
            }
        }
        return mapped / ((System.nanoTime() - start) / 1e9);
    }
}
