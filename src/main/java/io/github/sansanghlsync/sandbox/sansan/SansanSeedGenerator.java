package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.SeededIds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Builds a {@link SansanSeed}: persons, their 1-3 cards over time, then the deliberate flaws. */
final class SansanSeedGenerator {

    static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final long DAY = 86_400;

    private final long seed;
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private final Random random;
    private final SeededIds ids;
    private final Set<String> usedEmails = new HashSet<>();
    private final Map<SampleCompany, String> companyIds = new HashMap<>();
    private final SansanUser apiUser;
    private final List<SansanOwner> owners = new ArrayList<>();
    private final List<SansanTag> tags = new ArrayList<>();

    SansanSeedGenerator(long seed, OffsetDateTime from, OffsetDateTime to) {
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.random = new Random(seed);
        this.ids = new SeededIds(seed);
        this.apiUser = new SansanUser(ids.hex32(), CardVocabulary.API_USER_NAME, CardVocabulary.API_USER_EMAIL);
        CardVocabulary.OWNER_NAMES.forEach(name -> owners.add(new SansanOwner(ids.hex32(), name)));
        CardVocabulary.TAGS.forEach(tag -> tags.add(new SansanTag(ids.hex32(), tag[0], tag[1])));
        SampleCompany.ALL.forEach(company -> companyIds.put(company, ids.hex32()));
    }

    SansanSeed generate(int personCount) {
        List<PersonDraft> persons = new ArrayList<>(personCount);
        for (int i = 0; i < personCount; i++) {
            persons.add(person());
        }
        SeedFlaws flaws = new SeedFlaws(random, this);
        List<SansanSeed.SharedIdentity> shared = flaws.shareIdentities(persons);
        List<SansanSeed.BadCard> bad = flaws.spoil(persons, shared);
        List<SansanCard> cards = persons.stream()
                .flatMap(p -> p.cards.stream())
                .map(draft -> draft.card.build())
                .sorted(Comparator.comparing(SansanCard::registeredTime).thenComparing(SansanCard::id))
                .toList();
        return new SansanSeed(seed, personCount, from, to, apiUser, owners, tags, cards, bad, shared);
    }

    private PersonDraft person() {
        JapaneseNames.Name surname = pick(JapaneseNames.SURNAMES);
        JapaneseNames.Name given = pick(JapaneseNames.GIVEN_NAMES);
        String local = switch (random.nextInt(4)) {
            case 0, 1 -> given.romaji().charAt(0) + "." + surname.romaji();
            case 2 -> surname.romaji() + "." + given.romaji();
            default -> given.romaji().charAt(0) + surname.romaji();
        };
        PersonDraft person = new PersonDraft(ids.hex32(), surname, given, local);
        int cardCount = random.nextDouble() < 0.20 ? (random.nextDouble() < 0.7 ? 2 : 3) : 1;
        long[] registered = registeredTimes(cardCount);
        long[] updated = updatedTimes(registered);
        SampleCompany company = pick(SampleCompany.ALL);
        String department = pick(CardVocabulary.DEPARTMENTS);
        int title = 3 + random.nextInt(CardVocabulary.TITLES.size() - 3);
        Map<String, String> emailByDomain = new HashMap<>();
        for (int j = 0; j < cardCount; j++) {
            if (j > 0) {
                double change = random.nextDouble();
                if (change < 0.3) {
                    company = otherCompany(company);
                    department = pick(CardVocabulary.DEPARTMENTS);
                } else if (change < 0.8) {
                    title = Math.max(0, title - 1 - random.nextInt(2));
                } else {
                    department = pick(CardVocabulary.DEPARTMENTS);
                }
            }
            SansanCard.Builder card = new SansanCard.Builder()
                    .id(ids.hex32())
                    .personId(person.personId)
                    .owner(random.nextDouble() < 0.08 ? apiUser.asOwner() : pick(owners))
                    .lastName(surname.kanji()).firstName(given.kanji())
                    .lastNameReading(surname.reading()).firstNameReading(given.reading())
                    .departmentName(department)
                    .title(random.nextDouble() < 0.05 ? null : CardVocabulary.TITLES.get(title))
                    .countryCode("JP")
                    .registeredTime(jst(registered[j]))
                    .updatedTime(jst(updated[j]))
                    .exchangeDate(cardCount == 1 && random.nextDouble() < 0.03 ? null
                            : LocalDate.ofInstant(Instant.ofEpochSecond(registered[j] - random.nextInt(10) * DAY), JST))
                    .memo(random.nextDouble() < 0.6 ? null : pick(CardVocabulary.MEMOS))
                    .tags(someTags());
            PersonDraft.CardDraft draft = new PersonDraft.CardDraft(company, card);
            moveToCompany(draft, company);
            // the same person keeps one address per company across cards
            card.email(random.nextDouble() < 0.04 ? null
                    : emailByDomain.computeIfAbsent(company.domain(), d -> uniqueEmail(person.emailLocal, d)));
            contactNumbers(draft, card.email == null);
            person.cards.add(draft);
        }
        return person;
    }

    /** Oldest first; the newest card falls anywhere from shortly before the span to its end. */
    private long[] registeredTimes(int count) {
        long start = from.toEpochSecond() - 120 * DAY;
        long end = to.toEpochSecond() - 2 * DAY;
        long[] registered = new long[count];
        registered[count - 1] = start + random.nextLong(end - start);
        for (int j = count - 2; j >= 0; j--) {
            registered[j] = registered[j + 1] - (120 + random.nextInt(780)) * DAY - random.nextInt((int) DAY);
        }
        return registered;
    }

    /** Updates follow registration; about a third of older cards are edited after the newest card was. */
    private long[] updatedTimes(long[] registered) {
        int newest = registered.length - 1;
        long[] updated = new long[registered.length];
        for (int j = 0; j < registered.length; j++) {
            updated[j] = updateAfter(Math.max(registered[j], from.toEpochSecond()));
        }
        long last = to.toEpochSecond() - 1;
        for (int j = 0; j < newest; j++) {
            long base = updated[newest] + 3_600;
            if (random.nextDouble() < 0.35 && base < last) {
                updated[j] = base + random.nextLong(Math.min(last - base, 200 * DAY) + 1);
            }
        }
        return updated;
    }

    private long updateAfter(long base) {
        long room = to.toEpochSecond() - 1 - base;
        if (room <= 0) {
            return base;
        }
        double kind = random.nextDouble();
        long bound = kind < 0.5 ? Math.min(room, 3 * DAY) : kind < 0.8 ? Math.min(room, 60 * DAY) : room;
        return base + random.nextLong(bound + 1);
    }

    /** Tel (direct line, sometimes the switchboard), mobile, second tel and fax; never all empty without e-mail. */
    void contactNumbers(PersonDraft.CardDraft draft, boolean noEmail) {
        SansanCard.Builder card = draft.card;
        SampleCompany company = draft.company;
        card.tel(random.nextDouble() < 0.85 ? random.nextDouble() < 0.8 ? PhoneFormats.directLine(random, company)
                : PhoneFormats.landline(random, company.areaCode(), company.exchange(), company.line()) : null);
        card.mobile(random.nextDouble() < 0.55 ? PhoneFormats.mobile(random) : null);
        card.secondTel(random.nextDouble() < 0.08 ? PhoneFormats.directLine(random, company) : null);
        card.fax(random.nextDouble() < 0.4 ? PhoneFormats.fax(company) : null);
        if (noEmail && card.tel == null && card.mobile == null) {
            card.mobile(PhoneFormats.mobile(random));
        }
    }

    /** Puts the card at the company: company id, name, url and head-office address. */
    void moveToCompany(PersonDraft.CardDraft draft, SampleCompany company) {
        draft.company = company;
        draft.card.companyId(companyIds.get(company))
                .companyName(company.name())
                .url(random.nextDouble() < 0.7 ? "https://www." + company.domain() + "/" : null)
                .postalCode(company.postalCode())
                .prefecture(company.prefecture())
                .city(company.city())
                .street(company.street())
                .building(company.building());
    }

    /** A personal address not used by any other person; a clash gets a digit, as mail admins do. */
    String uniqueEmail(String local, String domain) {
        String candidate = local + "@" + domain;
        for (int n = 2; !usedEmails.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    /** Forgets an address a person gave up (when a flaw moves them to another company). */
    void releaseEmail(String email) {
        usedEmails.remove(email);
    }

    SampleCompany otherCompany(SampleCompany current) {
        SampleCompany other = pick(SampleCompany.ALL);
        return other.equals(current) ? SampleCompany.ALL.get((SampleCompany.ALL.indexOf(current) + 1)
                % SampleCompany.ALL.size()) : other;
    }

    private List<SansanTag> someTags() {
        double roll = random.nextDouble();
        int count = roll < 0.4 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3;
        List<SansanTag> pool = new ArrayList<>(tags);
        List<SansanTag> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static OffsetDateTime jst(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), JST);
    }
}
