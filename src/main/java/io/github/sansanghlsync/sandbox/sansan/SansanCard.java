package io.github.sansanghlsync.sandbox.sansan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One business card in the emulator, with the fields of the Sansan Open API (reference/sansan-api.md §4);
 * absent values are null, as the real API sends them. {@code tags} is never null here (it is only
 * rendered with {@code includeTags=true}).
 */
public record SansanCard(
        String id,
        String personId,
        String companyId,
        LocalDate exchangeDate,
        OffsetDateTime registeredTime,
        OffsetDateTime updatedTime,
        SansanOwner owner,
        String lastName,
        String firstName,
        String lastNameReading,
        String firstNameReading,
        String companyName,
        String departmentName,
        String title,
        String email,
        String tel,
        String secondTel,
        String mobile,
        String fax,
        String url,
        String postalCode,
        String prefecture,
        String city,
        String street,
        String building,
        String countryCode,
        String memo,
        String entryStatus,
        List<SansanTag> tags) {

    public SansanCard {
        if (id == null || personId == null) {
            throw new IllegalArgumentException("a card needs an id and a personId");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A builder holding this card's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same card, updated at the given time (the caller decides updatedTime, as the brief of putCard says). */
    public SansanCard withUpdatedTime(OffsetDateTime time) {
        return toBuilder().updatedTime(time).build();
    }

    /** A mutable copy of a card's values; used by the seed generator and by tests that edit cards. */
    public static final class Builder {
        String id;
        String personId;
        String companyId;
        LocalDate exchangeDate;
        OffsetDateTime registeredTime;
        OffsetDateTime updatedTime;
        SansanOwner owner;
        String lastName;
        String firstName;
        String lastNameReading;
        String firstNameReading;
        String companyName;
        String departmentName;
        String title;
        String email;
        String tel;
        String secondTel;
        String mobile;
        String fax;
        String url;
        String postalCode;
        String prefecture;
        String city;
        String street;
        String building;
        String countryCode;
        String memo;
        String entryStatus = "completed";
        List<SansanTag> tags = List.of();

        public Builder() {
        }

        private Builder(SansanCard c) {
            id = c.id; personId = c.personId; companyId = c.companyId; exchangeDate = c.exchangeDate;
            registeredTime = c.registeredTime; updatedTime = c.updatedTime; owner = c.owner;
            lastName = c.lastName; firstName = c.firstName; lastNameReading = c.lastNameReading;
            firstNameReading = c.firstNameReading; companyName = c.companyName; departmentName = c.departmentName;
            title = c.title; email = c.email; tel = c.tel; secondTel = c.secondTel; mobile = c.mobile; fax = c.fax;
            url = c.url; postalCode = c.postalCode; prefecture = c.prefecture; city = c.city; street = c.street;
            building = c.building; countryCode = c.countryCode; memo = c.memo; entryStatus = c.entryStatus;
            tags = c.tags;
        }

        public SansanCard build() {
            return new SansanCard(id, personId, companyId, exchangeDate, registeredTime, updatedTime, owner,
                    lastName, firstName, lastNameReading, firstNameReading, companyName, departmentName, title,
                    email, tel, secondTel, mobile, fax, url, postalCode, prefecture, city, street, building,
                    countryCode, memo, entryStatus, tags);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder personId(String v) { personId = v; return this; }
        public Builder companyId(String v) { companyId = v; return this; }
        public Builder exchangeDate(LocalDate v) { exchangeDate = v; return this; }
        public Builder registeredTime(OffsetDateTime v) { registeredTime = v; return this; }
        public Builder updatedTime(OffsetDateTime v) { updatedTime = v; return this; }
        public Builder owner(SansanOwner v) { owner = v; return this; }
        public Builder lastName(String v) { lastName = v; return this; }
        public Builder firstName(String v) { firstName = v; return this; }
        public Builder lastNameReading(String v) { lastNameReading = v; return this; }
        public Builder firstNameReading(String v) { firstNameReading = v; return this; }
        public Builder companyName(String v) { companyName = v; return this; }
        public Builder departmentName(String v) { departmentName = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder tel(String v) { tel = v; return this; }
        public Builder secondTel(String v) { secondTel = v; return this; }
        public Builder mobile(String v) { mobile = v; return this; }
        public Builder fax(String v) { fax = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder postalCode(String v) { postalCode = v; return this; }
        public Builder prefecture(String v) { prefecture = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder street(String v) { street = v; return this; }
        public Builder building(String v) { building = v; return this; }
        public Builder countryCode(String v) { countryCode = v; return this; }
        public Builder memo(String v) { memo = v; return this; }
        public Builder entryStatus(String v) { entryStatus = v; return this; }
        public Builder tags(List<SansanTag> v) { tags = v; return this; }
    }
}
