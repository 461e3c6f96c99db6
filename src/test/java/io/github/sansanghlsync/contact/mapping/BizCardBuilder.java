package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.sansan.BizCard;

import java.util.List;

/** Builds test cards: starts from a realistic, valid Japanese card so each test changes only what it is about. */
final class BizCardBuilder {

    String id = "0123456789ABCDEF0123456789ABCDEF";
    String personId = "FEDCBA9876543210FEDCBA9876543210";
    String companyId = "00112233445566778899AABBCCDDEEFF";
    String exchangeDate = "2024-04-01";
    String registeredTime = "2024-04-01T10:00:00+09:00";
    String updatedTime = "2024-04-02T09:30:00+09:00";
    String lastName = "佐藤";
    String firstName = "花子";
    String lastNameReading = "サトウ";
    String firstNameReading = "ハナコ";
    String companyName = "株式会社サンプル";
    String departmentName = "営業部";
    String title = "部長";
    String email = "Hanako.Sato@Example.co.jp";
    String tel = "03-1234-5678";
    String secondTel = null;
    String mobile = null;
    String fax = "03-1234-5679";
    String url = "https://www.example.co.jp";
    String postalCode = "150-0001";
    String prefecture = "東京都";
    String city = "渋谷区";
    String street = "神宮前1-2-3";
    String building = "サンプルビル5F";
    String countryCode = "JP";
    String memo = "展示会で名刺交換";
    String entryStatus = "completed";
    List<BizCard.Tag> tags = List.of(new BizCard.Tag("T1", "展示会2024", "shared"));
    String malformed = null;

    static BizCardBuilder card() {
        return new BizCardBuilder();
    }

    BizCardBuilder id(String value) { id = value; return this; }
    BizCardBuilder personId(String value) { personId = value; return this; }
    BizCardBuilder exchangeDate(String value) { exchangeDate = value; return this; }
    BizCardBuilder registeredTime(String value) { registeredTime = value; return this; }
    BizCardBuilder updatedTime(String value) { updatedTime = value; return this; }
    BizCardBuilder lastName(String value) { lastName = value; return this; }
    BizCardBuilder firstName(String value) { firstName = value; return this; }
    BizCardBuilder lastNameReading(String value) { lastNameReading = value; return this; }
    BizCardBuilder firstNameReading(String value) { firstNameReading = value; return this; }
    BizCardBuilder companyName(String value) { companyName = value; return this; }
    BizCardBuilder departmentName(String value) { departmentName = value; return this; }
    BizCardBuilder title(String value) { title = value; return this; }
    BizCardBuilder email(String value) { email = value; return this; }
    BizCardBuilder tel(String value) { tel = value; return this; }
    BizCardBuilder mobile(String value) { mobile = value; return this; }
    BizCardBuilder url(String value) { url = value; return this; }
    BizCardBuilder postalCode(String value) { postalCode = value; return this; }
    BizCardBuilder prefecture(String value) { prefecture = value; return this; }
    BizCardBuilder city(String value) { city = value; return this; }
    BizCardBuilder street(String value) { street = value; return this; }
    BizCardBuilder building(String value) { building = value; return this; }
    BizCardBuilder countryCode(String value) { countryCode = value; return this; }
    BizCardBuilder entryStatus(String value) { entryStatus = value; return this; }
    BizCardBuilder tags(List<BizCard.Tag> value) { tags = value; return this; }

    BizCard build() {
        return new BizCard(id, personId, companyId, exchangeDate, registeredTime, updatedTime,
                new BizCard.Owner("U1", "山田 太郎", "taro.yamada@example.com"),
                lastName, firstName, lastNameReading, firstNameReading, companyName, departmentName, title,
                email, tel, secondTel, mobile, fax, url, postalCode, prefecture, city, street, building,
                countryCode, memo, entryStatus, tags, malformed);
    }
}
