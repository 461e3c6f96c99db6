package io.github.sansanghlsync.sandbox.sansan;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seeded card data: a pure function of seed, number of persons and time span. Tests read
 * {@link #cards()} to compute expectations independently, and {@link #badCards()} /
 * {@link #sharedIdentities()} to check the intended flaws.
 */
public record SansanSeed(long seed, int persons, OffsetDateTime from, OffsetDateTime to, SansanUser apiUser,
                         List<SansanOwner> owners, List<SansanTag> tags, List<SansanCard> cards,
                         List<BadCard> badCards, List<SharedIdentity> sharedIdentities) {

    /** The ways a seeded card is deliberately bad. */
    public enum BadCardKind {
        /** No e-mail and no tel, secondTel or mobile. */
        NO_CONTACT_POINT,
        /** An e-mail no validator accepts ({@code a@@b.jp}, no {@code @}, a space, a full-width {@code ＠}). */
        MALFORMED_EMAIL,
        /** Both lastName and firstName (and their readings) null. */
        NO_NAME,
        /** A tel that is no phone number ({@code 03-12}, {@code abc-defg}, {@code 12345}); no mobile. */
        INVALID_PHONE,
        /** entryStatus {@code processing}: names and e-mail not digitised yet. */
        PROCESSING,
        /** entryStatus {@code unreadable}: nearly every field null. */
        UNREADABLE
    }

    /** One deliberately bad card. */
    public record BadCard(String cardId, BadCardKind kind) {
    }

    /** Different persons who share an e-mail or phone, so a CRM that matches on them would merge them. */
    public record SharedIdentity(Kind kind, String value, List<String> cardIds) {

        /** What is shared. */
        public enum Kind {
            /** A team address such as {@code info@domain} on the cards of 2-3 persons. */
            TEAM_EMAIL,
            /** The company switchboard as the only number (no mobile) of persons with distinct e-mails. */
            SWITCHBOARD_TEL,
            /** The same switchboard as the only contact point of persons without e-mail. */
            SWITCHBOARD_TEL_NO_EMAIL
        }

        public SharedIdentity {
            cardIds = List.copyOf(cardIds);
        }
    }

    public SansanSeed {
        owners = List.copyOf(owners);
        tags = List.copyOf(tags);
        cards = List.copyOf(cards);
        badCards = List.copyOf(badCards);
        sharedIdentities = List.copyOf(sharedIdentities);
    }

    /** Generates the seed data; the same arguments always give equal data. */
    public static SansanSeed generate(long seed, int persons, OffsetDateTime from, OffsetDateTime to) {
        if (persons < 0 || !from.isBefore(to)) {
            throw new IllegalArgumentException("need persons >= 0 and from < to");
        }
        return new SansanSeedGenerator(seed, from, to).generate(persons);
    }

    /** The kind of flaw of a card, if it is one of the deliberately bad ones. */
    public Optional<BadCardKind> badKind(String cardId) {
        return badCards.stream().filter(b -> b.cardId().equals(cardId)).map(BadCard::kind).findFirst();
    }

    /** How many bad cards of each kind the seed has. */
    public Map<BadCardKind, Integer> badCardCounts() {
        Map<BadCardKind, Integer> counts = new EnumMap<>(BadCardKind.class);
        for (BadCardKind kind : BadCardKind.values()) {
            counts.put(kind, 0);
        }
        badCards.forEach(b -> counts.merge(b.kind(), 1, Integer::sum));
        return counts;
    }
}
