package io.github.sansanghlsync.it;

import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what the GHL emulator holds, keyed the way tests check it. */
final class GhlState {

    private GhlState() {
    }

    /** Contacts by the Sansan person id this program writes into the {@code contact.sansan_person_id} custom field. */
    static Map<String, List<GhlContact>> contactsByPerson(GhlEmulator ghl) {
        String field = ghl.customFieldId(ghl.locationId(), "contact.sansan_person_id");
        return ghl.contacts(ghl.locationId()).stream()
                .filter(contact -> contact.customFieldValue(field) != null)
                .collect(Collectors.groupingBy(contact -> contact.customFieldValue(field)));
    }

    /** Values (e-mail or phone) that more than one contact carries: must always be empty. */
    static Map<String, Long> duplicated(List<GhlContact> contacts, Function<GhlContact, String> key) {
        return contacts.stream().map(key).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
