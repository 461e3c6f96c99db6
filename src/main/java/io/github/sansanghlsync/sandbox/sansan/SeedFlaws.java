package io.github.sansanghlsync.sandbox.sansan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The deliberate imperfections of the seed: persons sharing a team e-mail or a switchboard number, and
 * about 6% bad cards, each kind at least twice once there are 100 cards or more.
 */
final class SeedFlaws {

    private static final double BAD_SHARE = 0.06;
    private static final String[] TEAM_LOCALS = {"info", "sales", "contact"};
    private static final int[] TEAM_SIZES = {2, 2, 3};
    private static final int SWITCHBOARD_WITH_EMAIL = 4;
    private static final int SWITCHBOARD_NO_EMAIL = 2;
    private static final String[] INVALID_PHONES = {"03-12", "abc-defg", "12345"};

    private final Random random;
    private final SansanSeedGenerator generator;

    SeedFlaws(Random random, SansanSeedGenerator generator) {
        this.random = random;
        this.generator = generator;
    }

    /** Groups single-card persons under shared identities; too small a seed gets none. */
    List<SansanSeed.SharedIdentity> shareIdentities(List<PersonDraft> persons) {
        List<PersonDraft> eligible = new ArrayList<>(persons.stream().filter(p -> p.cards.size() == 1).toList());
        int needed = SWITCHBOARD_WITH_EMAIL + SWITCHBOARD_NO_EMAIL;
        for (int size : TEAM_SIZES) {
            needed += size;
        }
        if (eligible.size() < needed * 3) {
            return List.of();
        }
        Collections.shuffle(eligible, random);
        List<SansanSeed.SharedIdentity> shared = new ArrayList<>();
        int next = 0;
        List<SampleCompany> companies = new ArrayList<>(SampleCompany.ALL);
        Collections.shuffle(companies, random);
        for (int group = 0; group < TEAM_SIZES.length; group++) {
            SampleCompany company = companies.get(group);
            String email = TEAM_LOCALS[group] + "@" + company.domain();
            List<String> cardIds = new ArrayList<>();
            for (int i = 0; i < TEAM_SIZES[group]; i++) {
                PersonDraft.CardDraft card = moveAlone(eligible.get(next++), company);
                card.card.email(email);
                cardIds.add(card.card.id);
            }
            shared.add(new SansanSeed.SharedIdentity(SansanSeed.SharedIdentity.Kind.TEAM_EMAIL, email, cardIds));
        }
        SampleCompany switchboardCompany = companies.get(TEAM_SIZES.length);
        String switchboard = switchboardCompany.switchboard();
        List<String> withEmail = new ArrayList<>();
        for (int i = 0; i < SWITCHBOARD_WITH_EMAIL; i++) {
            PersonDraft person = eligible.get(next++);
            PersonDraft.CardDraft card = moveAlone(person, switchboardCompany);
            card.card.email(generator.uniqueEmail(person.emailLocal, switchboardCompany.domain()));
            onlySwitchboard(card, switchboard);
            withEmail.add(card.card.id);
        }
        shared.add(new SansanSeed.SharedIdentity(SansanSeed.SharedIdentity.Kind.SWITCHBOARD_TEL, switchboard, withEmail));
        List<String> noEmail = new ArrayList<>();
        for (int i = 0; i < SWITCHBOARD_NO_EMAIL; i++) {
            PersonDraft.CardDraft card = moveAlone(eligible.get(next++), switchboardCompany);
            card.card.email(null);
            onlySwitchboard(card, switchboard);
            noEmail.add(card.card.id);
        }
        shared.add(new SansanSeed.SharedIdentity(
                SansanSeed.SharedIdentity.Kind.SWITCHBOARD_TEL_NO_EMAIL, switchboard, noEmail));
        return shared;
    }

    /** Spoils about 6% of the cards that are not part of a shared identity, kinds in turn. */
    List<SansanSeed.BadCard> spoil(List<PersonDraft> persons, List<SansanSeed.SharedIdentity> shared) {
        Set<String> sharedIds = new HashSet<>();
        shared.forEach(s -> sharedIds.addAll(s.cardIds()));
        List<PersonDraft.CardDraft> candidates = new ArrayList<>(persons.stream()
                .flatMap(p -> p.cards.stream())
                .filter(c -> !sharedIds.contains(c.card.id))
                .toList());
        int total = persons.stream().mapToInt(p -> p.cards.size()).sum();
        SansanSeed.BadCardKind[] kinds = SansanSeed.BadCardKind.values();
        int count = (int) Math.round(total * BAD_SHARE);
        if (total >= 100) {
            count = Math.max(count, 2 * kinds.length);
        }
        count = Math.min(count, candidates.size());
        Collections.shuffle(candidates, random);
        List<SansanSeed.BadCard> bad = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SansanSeed.BadCardKind kind = kinds[i % kinds.length];
            spoil(candidates.get(i).card, kind);
            bad.add(new SansanSeed.BadCard(candidates.get(i).card.id, kind));
        }
        return bad;
    }

    private void spoil(SansanCard.Builder card, SansanSeed.BadCardKind kind) {
        switch (kind) {
            case NO_CONTACT_POINT -> card.email(null).tel(null).secondTel(null).mobile(null);
            case MALFORMED_EMAIL -> card.email(malformed(card.email == null ? "info@example.co.jp" : card.email));
            case NO_NAME -> card.lastName(null).firstName(null).lastNameReading(null).firstNameReading(null);
            case INVALID_PHONE -> card.tel(INVALID_PHONES[random.nextInt(INVALID_PHONES.length)])
                    .mobile(null).secondTel(null);
            case PROCESSING -> card.entryStatus("processing").lastName(null).firstName(null)
                    .lastNameReading(null).firstNameReading(null).email(null);
            case UNREADABLE -> card.entryStatus("unreadable").lastName(null).firstName(null)
                    .lastNameReading(null).firstNameReading(null).email(null).tel(null).secondTel(null)
                    .mobile(null).fax(null).companyId(null).companyName(null).departmentName(null).title(null)
                    .url(null).postalCode(null).prefecture(null).city(null).street(null).building(null)
                    .countryCode(null).tags(List.of());
        }
    }

    /**
     * Mistakes no e-mail validator forgives: a doubled @, none at all, a space, no domain. (A full-width
     * ＠ is not one of them: NFKC normalisation turns it into a valid address.)
     */
    private String malformed(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        return switch (random.nextInt(4)) {
            case 0 -> local + "@@" + domain;
            case 1 -> local + "." + domain;
            case 2 -> local + " @" + domain;
            default -> local + "@";
        };
    }

    /** Moves a single-card person to the company; their old address is given up. */
    private PersonDraft.CardDraft moveAlone(PersonDraft person, SampleCompany company) {
        PersonDraft.CardDraft card = person.cards.get(0);
        if (card.card.email != null) {
            generator.releaseEmail(card.card.email);
        }
        generator.moveToCompany(card, company);
        generator.contactNumbers(card, false);
        return card;
    }

    private static void onlySwitchboard(PersonDraft.CardDraft card, String switchboard) {
        card.card.tel(switchboard).mobile(null).secondTel(null);
    }
}
