package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.contact.mapping.ContactMapper;
import io.github.sansanghlsync.contact.mapping.MappedContact;
import io.github.sansanghlsync.contact.mapping.MappingOutcome;
import io.github.sansanghlsync.contact.mapping.Rejection;
import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.ledger.Failure;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.link.KnownLinks;
import io.github.sansanghlsync.sansan.BizCard;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates and maps one card. An invalid card goes to the failure ledger (in the chunk's transaction)
 * and is filtered out; a card older than the one that already supplies its person's fields is
 * filtered out as superseded; a valid card becomes a {@link ContactChange} with its content hash.
 */
public class ContactProcessor implements ItemProcessor<BizCard, ContactChange> {

    public static final String ENTITY = "contact";
    /** Ledger record ids of cards that came without an id: they cannot be fetched again. */
    public static final String NO_ID_PREFIX = "no-id:";

    private final ContactMapper mapper;
    private final CustomFieldIds customFields;
    private final KnownLinks links;
    private final FailureLedger ledger;
    private final StepCounters counters;
    private final StepRun run;
    private final String locationId;
    private final JsonMapper json;

    public ContactProcessor(ContactMapper mapper, CustomFieldIds customFields, KnownLinks links, FailureLedger ledger,
                            StepCounters counters, StepRun run, String locationId, JsonMapper json) {
        this.mapper = mapper;
        this.customFields = customFields;
        this.links = links;
        this.ledger = ledger;
        this.counters = counters;
        this.run = run;
        this.locationId = locationId;
        this.json = json;
    }

    @Override
    public ContactChange process(BizCard card) {
        counters.increment("cards.read");
        String rank = CardRank.of(card);
        Link existing = card.personId() == null ? null : links.find(card.personId());
        if (existing != null && !Objects.equals(card.id(), existing.sourceRecordId())
                && rank.compareTo(existing.sourceVersion()) < 0) {
            counters.increment("cards.superseded");
            // a newer card supplies the person's fields: an old rejection of this card no longer matters
            ledger.closeSuperseded(run.definition(), ENTITY, card.personId(), existing.sourceVersion(), run.jobExecutionId());
            return null;
        }
        MappingOutcome outcome = mapper.map(card);
        if (outcome instanceof MappingOutcome.Rejected rejected) {
            reject(card, rank, rejected.rejections().get(0));
            return null;
        }
        MappedContact mapped = ((MappingOutcome.Mapped) outcome).contact();
        UpsertContactRequest request = withCustomFields(mapped).withLocationId(locationId);
        return new ContactChange(card, rank, request, hash(request), mapped.identityEmail(), mapped.identityPhone(),
                summary(card), existing);
    }

    private void reject(BizCard card, String rank, Rejection rejection) {
        counters.increment("rejected." + rejection.code().name());
        ledger.record(run.definition(), new Failure(ENTITY, recordId(card), card.personId(), rank, rejection.code(),
                rejection.field(), rejection.message(), null, null, summary(card)), run.stepName(), run.jobExecutionId());
    }

    private UpsertContactRequest withCustomFields(MappedContact mapped) {
        List<UpsertContactRequest.CustomFieldValue> values = mapped.customFieldsByKey().entrySet().stream()
                .map(entry -> new UpsertContactRequest.CustomFieldValue(customFields.idOf(entry.getKey()), entry.getValue()))
                .toList();
        UpsertContactRequest r = mapped.request();
        return new UpsertContactRequest(r.locationId(), r.firstName(), r.lastName(), r.name(), r.email(), r.phone(),
                r.companyName(), r.address1(), r.city(), r.state(), r.postalCode(), r.country(), r.website(), r.source(),
                values.isEmpty() ? null : values);
    }

    private String hash(UpsertContactRequest request) {
        return sha256(json.writeValueAsBytes(request));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A card without an id still needs a stable ledger key: derive one from what it has. */
    static String recordId(BizCard card) {
        if (card.id() != null && !card.id().isBlank()) {
            return card.id();
        }
        return NO_ID_PREFIX + sha256(card.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Name / company / e-mail: enough for a person reading the CSV report to find the card. */
    static String summary(BizCard card) {
        String name = Stream.of(card.lastName(), card.firstName()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(name, card.companyName(), card.email())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" / "));
    }
}
