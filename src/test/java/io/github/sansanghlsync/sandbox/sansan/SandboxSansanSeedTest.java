package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.sansan.SansanSeed.SharedIdentity;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxSansanSeedTest {

    private static final SansanConfig CONFIG = SansanConfig.defaults();
    private static final SansanSeed SEED = generate(CONFIG.seed());
    private static final Pattern HEX32 = Pattern.compile("[0-9A-F]{32}");
    private static final Pattern KATAKANA = Pattern.compile("[\\u30A0-\\u30FF]+");
    private static final Pattern PLAIN_EMAIL = Pattern.compile("[a-z0-9.]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    @Test
    void isAPureFunctionOfItsArguments() {
        assertThat(generate(CONFIG.seed())).isEqualTo(SEED);
        assertThat(generate(CONFIG.seed() + 1).cards()).isNotEqualTo(SEED.cards());
    }

    @Test
    void hasAboutTwentyPercentOfPersonsWithTwoOrThreeCards() {
        Map<String, Long> cardsPerPerson = cardsPerPerson();

        assertThat(cardsPerPerson).hasSize(CONFIG.persons());
        long multi = cardsPerPerson.values().stream().filter(n -> n > 1).count();
        assertThat((double) multi / CONFIG.persons()).isBetween(0.15, 0.25);
        assertThat(cardsPerPerson.values()).allMatch(n -> n >= 1 && n <= 3);
    }

    @Test
    void hasAboutSixPercentBadCardsWithEveryKindAtLeastTwice() {
        double share = (double) SEED.badCards().size() / SEED.cards().size();

        assertThat(share).isBetween(0.04, 0.08);
        assertThat(SEED.badCardCounts().values()).allMatch(n -> n >= 2);
        for (SansanSeed.BadCard bad : SEED.badCards()) {
            SansanCard card = card(bad.cardId());
            switch (bad.kind()) {
                case NO_CONTACT_POINT -> assertThat(List.of(nz(card.email()), nz(card.tel()), nz(card.mobile()),
                        nz(card.secondTel()))).containsOnly("");
                case MALFORMED_EMAIL -> assertThat(card.email()).doesNotMatch(PLAIN_EMAIL);
                case NO_NAME -> assertThat(card.lastName() == null && card.firstName() == null).isTrue();
                case INVALID_PHONE -> assertThat(card.tel()).isIn("03-12", "abc-defg", "12345");
                case PROCESSING -> assertThat(card.entryStatus()).isEqualTo("processing");
                case UNREADABLE -> assertThat(card.entryStatus()).isEqualTo("unreadable");
            }
        }
        assertThat(SEED.cards().stream().filter(c -> c.entryStatus().equals("completed")).count())
                .isGreaterThan(SEED.cards().size() * 9L / 10);
    }

    @Test
    void goodCardsLookLikeRealJapaneseCards() {
        List<SansanCard> good = SEED.cards().stream().filter(c -> SEED.badKind(c.id()).isEmpty()).toList();

        assertThat(SEED.cards()).allSatisfy(card -> {
            assertThat(card.id()).matches(HEX32);
            assertThat(card.personId()).matches(HEX32);
            assertThat(card.tags()).hasSizeLessThanOrEqualTo(3);
        });
        assertThat(good).allSatisfy(card -> {
            assertThat(card.lastNameReading()).matches(KATAKANA);
            assertThat(card.firstNameReading()).matches(KATAKANA);
            assertThat(card.companyId()).matches(HEX32);
            assertThat(card.postalCode()).matches("\\d{3}-\\d{4}");
            assertThat(card.countryCode()).isEqualTo("JP");
        });
        assertThat(distinct(SansanCard::lastName)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(distinct(SansanCard::firstName)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(distinct(SansanCard::companyName)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(distinct(SansanCard::owner)).hasSize(6);
        assertThat(SEED.cards()).anyMatch(c -> "佐藤".equals(c.lastName()) && "サトウ".equals(c.lastNameReading()));
        assertThat(SEED.cards()).anyMatch(c -> c.memo() == null).anyMatch(c -> c.memo() != null && c.memo().contains("\n"));
        assertThat(SEED.cards()).anyMatch(c -> c.tags().isEmpty()).anyMatch(c -> c.tags().size() == 3);
    }

    @Test
    void writesPhonesTheWaysPeopleDo() {
        Set<String> tels = distinct(SansanCard::tel);
        Set<String> mobiles = distinct(SansanCard::mobile);

        assertThat(tels).anyMatch(t -> t.matches("0\\d{1,3}-\\d{2,4}-\\d{4}"))
                .anyMatch(t -> t.matches("\\(0\\d{1,3}\\)\\d{2,4}-\\d{4}"))
                .anyMatch(t -> t.matches("0\\d{9}"))
                .anyMatch(t -> t.matches("[０-９]+－[０-９]+－[０-９]{4}"));
        assertThat(mobiles).anyMatch(t -> t.matches("0[789]0-\\d{4}-\\d{4}"))
                .anyMatch(t -> t.matches("0[789]0\\d{8}"))
                .anyMatch(t -> t.matches("０[７８９]０ー[０-９]{4}ー[０-９]{4}"));
    }

    @Test
    void keepsEveryUpdateInsideTheSpanAndAfterRegistration() {
        assertThat(SEED.cards()).allSatisfy(card -> {
            assertThat(card.updatedTime()).isAfterOrEqualTo(CONFIG.dataFrom()).isBefore(CONFIG.dataTo());
            assertThat(card.registeredTime()).isBeforeOrEqualTo(card.updatedTime());
            assertThat(card.updatedTime().getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
            if (card.exchangeDate() != null) {
                assertThat(card.exchangeDate()).isBeforeOrEqualTo(card.registeredTime().toLocalDate());
            }
        });
    }

    @Test
    void olderCardsAreSometimesUpdatedAfterNewerOnesAndNewerCardsChangeTitleOrCompany() {
        Map<String, List<SansanCard>> byPerson = SEED.cards().stream()
                .collect(Collectors.groupingBy(SansanCard::personId));
        List<List<SansanCard>> multi = byPerson.values().stream().filter(cards -> cards.size() > 1)
                .map(cards -> cards.stream().sorted(CardStore.NEWEST_LAST).toList()).toList();

        long olderUpdatedLater = multi.stream().filter(cards -> cards.stream().limit(cards.size() - 1)
                .anyMatch(old -> old.updatedTime().isAfter(cards.get(cards.size() - 1).updatedTime()))).count();
        long changed = multi.stream().filter(cards -> !Objects.equals(cards.get(0).title(), cards.get(cards.size() - 1).title())
                || !Objects.equals(cards.get(0).companyName(), cards.get(cards.size() - 1).companyName())).count();

        assertThat(olderUpdatedLater).isGreaterThanOrEqualTo(5);
        assertThat(changed).isGreaterThan(multi.size() / 2);
    }

    @Test
    void someDifferentPersonsShareATeamEmailOrTheSwitchboard() {
        List<SharedIdentity> teams = shared(SharedIdentity.Kind.TEAM_EMAIL);
        assertThat(teams).hasSizeGreaterThanOrEqualTo(2).allSatisfy(team -> {
            List<SansanCard> cards = team.cardIds().stream().map(this::card).toList();
            assertThat(cards).hasSizeBetween(2, 3).allMatch(c -> team.value().equals(c.email()));
            assertThat(cards.stream().map(SansanCard::personId).distinct()).hasSameSizeAs(cards);
            assertThat(team.value()).matches("(info|sales|contact)@.+");
        });

        SharedIdentity switchboard = shared(SharedIdentity.Kind.SWITCHBOARD_TEL).get(0);
        List<SansanCard> withEmail = switchboard.cardIds().stream().map(this::card).toList();
        assertThat(withEmail).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(c -> c.tel().equals(switchboard.value()) && c.mobile() == null && c.email() != null);
        assertThat(withEmail.stream().map(SansanCard::email).distinct()).hasSameSizeAs(withEmail);
        assertThat(withEmail.stream().map(SansanCard::companyName).distinct()).hasSize(1);

        SharedIdentity noEmail = shared(SharedIdentity.Kind.SWITCHBOARD_TEL_NO_EMAIL).get(0);
        assertThat(noEmail.cardIds()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(id ->
                assertThat(card(id)).matches(c -> c.email() == null && c.mobile() == null
                        && switchboard.value().equals(c.tel())));
    }

    @Test
    void smallSeedsStillWork() {
        SansanSeed tiny = SansanSeed.generate(5, 3, CONFIG.dataFrom(), CONFIG.dataTo());

        assertThat(tiny.cards()).hasSizeBetween(3, 9);
        assertThat(tiny.sharedIdentities()).isEmpty();
    }

    private static SansanSeed generate(long seed) {
        return SansanSeed.generate(seed, CONFIG.persons(), CONFIG.dataFrom(), CONFIG.dataTo());
    }

    private Map<String, Long> cardsPerPerson() {
        return SEED.cards().stream().collect(Collectors.groupingBy(SansanCard::personId, Collectors.counting()));
    }

    private <T> Set<T> distinct(Function<SansanCard, T> field) {
        return SEED.cards().stream().map(field).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private List<SharedIdentity> shared(SharedIdentity.Kind kind) {
        return SEED.sharedIdentities().stream().filter(s -> s.kind() == kind)
                .sorted(Comparator.comparing(SharedIdentity::value)).toList();
    }

    private SansanCard card(String id) {
        return SEED.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
