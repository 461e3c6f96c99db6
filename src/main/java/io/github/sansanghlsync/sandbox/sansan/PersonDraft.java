package io.github.sansanghlsync.sandbox.sansan;

import java.util.ArrayList;
import java.util.List;

/** A person being generated: their name and their cards (oldest first) with the company each card is from. */
final class PersonDraft {

    /** One card under construction and the company it belongs to. */
    static final class CardDraft {
        SampleCompany company;
        final SansanCard.Builder card;

        CardDraft(SampleCompany company, SansanCard.Builder card) {
            this.company = company;
            this.card = card;
        }
    }

    final String personId;
    final JapaneseNames.Name surname;
    final JapaneseNames.Name given;
    final String emailLocal;
    final List<CardDraft> cards = new ArrayList<>();

    PersonDraft(String personId, JapaneseNames.Name surname, JapaneseNames.Name given, String emailLocal) {
        this.personId = personId;
        this.surname = surname;
        this.given = given;
        this.emailLocal = emailLocal;
    }
}
