package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.link.LinkTable;

import java.util.List;

/** Finds a person's GHL contact in the link table the contacts step wrote. */
public final class ContactsOfPersons {

    public static final String CONTACT = "contact";

    private final LinkTable links;
    private final StepRun run;

    public ContactsOfPersons(LinkTable links, StepRun run) {
        this.links = links;
        this.run = run;
    }

    /** The person's contact link, or null when the person has no contact (every card rejected, or not yet synced). */
    public Link of(String personId) {
        if (personId == null) {
            return null;
        }
        Link link = links.find(run.definition(), CONTACT, List.of(personId)).get(personId);
        return link == null || link.ghlId() == null ? null : link;
    }
}
