package io.github.sansanghlsync.sandbox.ghl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All locations' contact books, and which location each contact id lives in. */
final class GhlContacts {

    private final Map<String, ContactBook> books = new LinkedHashMap<>();
    private final Map<String, String> locationOfContact = new ConcurrentHashMap<>();

    GhlContacts(Map<String, List<GhlCustomField>> customFieldsByLocation) {
        customFieldsByLocation.forEach((location, fields) ->
                books.put(location, new ContactBook(location, fields, locationOfContact)));
    }

    /** The book of a configured location, or empty. */
    Optional<ContactBook> book(String locationId) {
        return Optional.ofNullable(locationId == null ? null : books.get(locationId));
    }

    /** The book holding the contact, or empty when no location has it. */
    Optional<ContactBook> bookOfContact(String contactId) {
        return Optional.ofNullable(contactId == null ? null : locationOfContact.get(contactId)).map(books::get);
    }

    /** The location of a contact id, or null. */
    String locationOf(String contactId) {
        return contactId == null ? null : locationOfContact.get(contactId);
    }

    List<ContactBook> books() {
        return List.copyOf(books.values());
    }
}
