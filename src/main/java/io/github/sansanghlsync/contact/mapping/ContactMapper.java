package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.sansan.BizCard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns one Sansan business card into the body of a GHL contact upsert, or into every reason it cannot be sent.
 *
 * <p>Rejections are ordered by rule: malformed card, missing id, card not completed, no name, invalid e-mail,
 * invalid phone, no e-mail or phone, invalid date, field too long; within a rule, by field in that same
 * reading order (id before personId, tel before mobile, updatedTime, exchangeDate, registeredTime). A malformed
 * card reports only {@code SANSAN_MALFORMED_CARD}.
 */
public final class ContactMapper {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final MappingSettings settings;
    private final MappingRules rules;
    private final PhoneNumbers phones;

    public ContactMapper(MappingSettings settings) {
        this(settings, MappingRules.none());
    }

    /** @param rules the definition's name order and field rules, applied after the built-in mapping */
    public ContactMapper(MappingSettings settings, MappingRules rules) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.phones = new PhoneNumbers(settings.defaultPhoneRegion());
    }

    public MappingRules rules() {
        return rules;
    }

    /** Every custom field key the mapping writes to: the built-in ones, then the rules' own. */
    public List<String> customFieldKeys() {
        return Stream.concat(settings.customFieldKeys().stream().map(MappingRules::fullKey),
                rules.customFieldKeys().stream()).distinct().toList();
    }

    /** The card as a contact ready for the caller to add its location and custom field ids, or its rejections. */
    public MappingOutcome map(BizCard card) {
        Objects.requireNonNull(card, "card");
        String country = isoCountry(card.countryCode());
        ContactCandidate candidate = candidate(card, country);
        List<Rejection> rejections = CandidateValidator.validate(candidate);
        if (!rejections.isEmpty()) {
            return new MappingOutcome.Rejected(rejections);
        }
        return new MappingOutcome.Mapped(rules.apply(card, contact(card, candidate, country)));
    }

    private ContactCandidate candidate(BizCard card, String country) {
        // names stay as written: NFKC would rewrite CJK compatibility ideographs, i.e. change how a name is spelled
        String lastName = CardText.clean(card.lastName());
        String firstName = CardText.clean(card.firstName());
        String email = CardText.cleanNfkc(card.email());
        // the card's own country beats the default region: a US card's "(415) 555-0100" is not a Japanese number
        PhoneNumbers.Result tel = phones.toE164(CardText.clean(card.tel()), country);
        PhoneNumbers.Result mobile = phones.toE164(CardText.clean(card.mobile()), country);
        return new ContactCandidate(
                card.malformed(),
                CardText.clean(card.id()),
                CardText.clean(card.personId()),
                CardText.clean(card.entryStatus()),
                CardText.join(lastName, firstName),
                email,
                tel,
                mobile,
                email != null ? email : tel != null ? tel.input() : mobile != null ? mobile.input() : null,
                // dates stay raw (only blank becomes null) so they pass exactly when BizCard's own parsing succeeds
                blankToNull(card.updatedTime()),
                blankToNull(card.exchangeDate()),
                blankToNull(card.registeredTime()),
                firstName,
                lastName,
                CardText.clean(card.companyName()),
                CardText.join(CardText.clean(card.street()), CardText.clean(card.building())),
                CardText.clean(card.title()));
    }

    private MappedContact contact(BizCard card, ContactCandidate candidate, String country) {
        String tel = e164(candidate.tel());
        String mobile = e164(candidate.mobile());
        // salespeople call the mobile; the office line is kept, but GHL has a single phone
        String phone = mobile != null ? mobile : tel;
        String officePhone = mobile != null ? tel : null;
        UpsertContactRequest request = new UpsertContactRequest(
                null,
                candidate.firstName(),
                candidate.lastName(),
                null,
                candidate.email(),
                phone,
                candidate.companyName(),
                candidate.address1(),
                CardText.clean(card.city()),
                CardText.clean(card.prefecture()),
                CardText.cleanNfkc(card.postalCode()),
                country != null ? country : settings.defaultCountry(),
                CardText.clean(card.url()),
                settings.source(),
                null);

        Map<String, String> customFields = new LinkedHashMap<>();
        put(customFields, settings.jobTitleKey(), candidate.title());
        put(customFields, settings.departmentKey(), CardText.clean(card.departmentName()));
        put(customFields, settings.nameKanaKey(), CardText.join(
                CardText.cleanNfkc(card.lastNameReading()), CardText.cleanNfkc(card.firstNameReading())));
        put(customFields, settings.officePhoneKey(), officePhone);
        put(customFields, settings.sansanPersonIdKey(), candidate.personId());

        String identityEmail = candidate.email() == null ? null : candidate.email().toLowerCase(Locale.ROOT);
        return new MappedContact(request, customFields, identityEmail, phone);
    }

    private static String isoCountry(String countryCode) {
        String code = CardText.cleanNfkc(countryCode);
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        // Sansan also knows "AUTO" (detect on create); anything but a real alpha-2 code falls back to the default
        return ISO_COUNTRIES.contains(upper) ? upper : null;
    }

    private static String e164(PhoneNumbers.Result result) {
        return result instanceof PhoneNumbers.Valid valid ? valid.e164() : null;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (key != null && value != null) {
            fields.put(key, value);
        }
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw;
    }
}
