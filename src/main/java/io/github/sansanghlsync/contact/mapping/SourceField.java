package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.sansan.BizCard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Sansan card fields a mapping rule may read ({@code from:}), by the names the Sansan API gives them;
 * {@code tags} yields one value per tag, {@code owner.*} the card owner's id, name and e-mail.
 */
enum SourceField {
    ID("id", BizCard::id),
    PERSON_ID("personId", BizCard::personId),
    COMPANY_ID("companyId", BizCard::companyId),
    EXCHANGE_DATE("exchangeDate", BizCard::exchangeDate, DateKind.DATE),
    REGISTERED_TIME("registeredTime", BizCard::registeredTime, DateKind.DATE_TIME),
    UPDATED_TIME("updatedTime", BizCard::updatedTime, DateKind.DATE_TIME),
    OWNER_ID("owner.id", card -> card.owner() == null ? null : card.owner().id()),
    OWNER_NAME("owner.name", card -> card.owner() == null ? null : card.owner().name()),
    OWNER_EMAIL("owner.email", card -> card.owner() == null ? null : card.owner().email()),
    LAST_NAME("lastName", BizCard::lastName),
    FIRST_NAME("firstName", BizCard::firstName),
    LAST_NAME_READING("lastNameReading", BizCard::lastNameReading),
    FIRST_NAME_READING("firstNameReading", BizCard::firstNameReading),
    COMPANY_NAME("companyName", BizCard::companyName),
    DEPARTMENT_NAME("departmentName", BizCard::departmentName),
    TITLE("title", BizCard::title),
    EMAIL("email", BizCard::email),
    TEL("tel", BizCard::tel),
    SECOND_TEL("secondTel", BizCard::secondTel),
    MOBILE("mobile", BizCard::mobile),
    FAX("fax", BizCard::fax),
    URL("url", BizCard::url),
    POSTAL_CODE("postalCode", BizCard::postalCode),
    PREFECTURE("prefecture", BizCard::prefecture),
    CITY("city", BizCard::city),
    STREET("street", BizCard::street),
    BUILDING("building", BizCard::building),
    COUNTRY_CODE("countryCode", BizCard::countryCode),
    MEMO("memo", BizCard::memo),
    ENTRY_STATUS("entryStatus", BizCard::entryStatus),
    TAGS("tags", null);

    /** Whether a field holds an ISO date (2024-04-01) or an ISO date-time with offset, for {@code date-format}. */
    enum DateKind { NONE, DATE, DATE_TIME }

    private static final Map<String, SourceField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(SourceField::fieldName, Function.identity()));

    private final String fieldName;
    private final Function<BizCard, String> read;
    private final DateKind dateKind;

    SourceField(String fieldName, Function<BizCard, String> read) {
        this(fieldName, read, DateKind.NONE);
    }

    SourceField(String fieldName, Function<BizCard, String> read, DateKind dateKind) {
        this.fieldName = fieldName;
        this.read = read;
        this.dateKind = dateKind;
    }

    String fieldName() {
        return fieldName;
    }

    DateKind dateKind() {
        return dateKind;
    }

    /** The field named exactly as in the Sansan API, or null. */
    static SourceField named(String name) {
        return BY_NAME.get(name);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(SourceField::fieldName).toList();
    }

    /** Adds the card's cleaned, non-blank values of this field to {@code values}. */
    void addValues(BizCard card, List<String> values) {
        if (this == TAGS) {
            for (BizCard.Tag tag : card.tagsOrEmpty()) {
                String name = CardText.clean(tag.name());
                if (name != null) {
                    values.add(name);
                }
            }
            return;
        }
        String value = CardText.clean(read.apply(card));
        if (value != null) {
            values.add(value);
        }
    }
}
