package io.github.sansanghlsync.contact.mapping;

import java.util.List;
import java.util.Objects;

/** What became of one card: a contact ready to upsert, or the reasons it was rejected. */
public sealed interface MappingOutcome permits MappingOutcome.Mapped, MappingOutcome.Rejected {

    /** The card passed validation and became a contact. */
    record Mapped(MappedContact contact) implements MappingOutcome {

        public Mapped {
            Objects.requireNonNull(contact, "contact");
        }
    }

    /**
     * The card failed validation.
     *
     * @param rejections every rule the card broke, in the order {@link ContactMapper} documents; never empty
     */
    record Rejected(List<Rejection> rejections) implements MappingOutcome {

        public Rejected {
            rejections = List.copyOf(rejections);
            if (rejections.isEmpty()) {
                throw new IllegalArgumentException("a rejected card needs at least one rejection");
            }
        }

        /** The rejection the ledger records as the card's error code. */
        public Rejection primary() {
            return rejections.get(0);
        }
    }
}
