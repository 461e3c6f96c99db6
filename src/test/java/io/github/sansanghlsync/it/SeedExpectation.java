package io.github.sansanghlsync.it;

import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanSeed;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What GHL and the error report must hold after migrating seeded cards, computed from the seed's own
 * description of its cards (which are bad, which share an identity), not from the program's code.
 * Persons involved in a shared e-mail or phone are left to {@link #sharedPersons()} checks.
 */
record SeedExpectation(Map<String, SansanCard> contactCardByPerson, Map<String, String> codeByRejectedCard,
                       Set<String> sharedPersons) {

    static final Comparator<SansanCard> NEWEST_LAST = Comparator
            .comparing(SansanCard::exchangeDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(card -> card.registeredTime().toInstant())
            .thenComparing(SansanCard::id);

    static SeedExpectation of(SansanSeed seed, List<SansanCard> cards) {
        Set<String> sharedCards = seed.sharedIdentities().stream().flatMap(s -> s.cardIds().stream()).collect(Collectors.toSet());
        Set<String> sharedPersons = cards.stream().filter(c -> sharedCards.contains(c.id())).map(SansanCard::personId)
                .collect(Collectors.toSet());
        Map<String, SansanCard> contacts = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        Map<String, List<SansanCard>> byPerson = cards.stream().collect(Collectors.groupingBy(SansanCard::personId));
        byPerson.forEach((person, personCards) -> {
            if (sharedPersons.contains(person)) {
                return;
            }
            Optional<SansanCard> newestValid = personCards.stream()
                    .filter(card -> seed.badKind(card.id()).isEmpty())
                    .max(NEWEST_LAST);
            newestValid.ifPresent(card -> contacts.put(person, card));
            personCards.stream()
                    .filter(card -> seed.badKind(card.id()).isPresent())
                    .filter(card -> newestValid.isEmpty() || NEWEST_LAST.compare(card, newestValid.get()) > 0)
                    .forEach(card -> rejected.put(card.id(), code(seed.badKind(card.id()).get())));
        });
        return new SeedExpectation(contacts, rejected, sharedPersons);
    }

    static String code(SansanSeed.BadCardKind kind) {
        return switch (kind) {
            case NO_CONTACT_POINT -> "SANSAN_NO_EMAIL_OR_PHONE";
            case MALFORMED_EMAIL -> "SANSAN_INVALID_EMAIL";
            case NO_NAME -> "SANSAN_NO_NAME";
            case INVALID_PHONE -> "SANSAN_INVALID_PHONE";
            case PROCESSING, UNREADABLE -> "SANSAN_CARD_NOT_COMPLETED";
        };
    }
}
