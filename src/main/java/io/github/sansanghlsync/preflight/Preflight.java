package io.github.sansanghlsync.preflight;

import io.github.sansanghlsync.contact.mapping.ContactMapper;
import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlCustomField;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.ghl.oauth.GhlOAuthProperties;
import io.github.sansanghlsync.ghl.oauth.OAuthBearerTokens;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.BizCardPage;
import io.github.sansanghlsync.sansan.BizCardQuery;
import io.github.sansanghlsync.sansan.SansanApiException;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import io.github.sansanghlsync.sansan.SansanUser;
import io.github.sansanghlsync.job.SyncProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code check}: proves, before a run, that the credentials and the GHL location are ready: the Sansan key
 * works and sees every card, a sample page reads, the GHL token is valid for the location with the scopes
 * and Version the program needs, the custom fields of the mapping exist and today's quota has room.
 */
@Component
public class Preflight {

    public static final String SANSAN_KEY = "Sansan API key";
    public static final String SANSAN_RANGE = "Sansan range=all";
    public static final String SANSAN_SAMPLE = "Sansan sample page";
    public static final String GHL_TOKEN = "GHL token for location";
    public static final String GHL_VERSION = "GHL Version header";
    public static final String GHL_SCOPES = "GHL scopes";
    public static final String GHL_FIELDS = "GHL custom fields";
    public static final String GHL_QUOTA = "GHL daily quota";

    /** Below this many requests left today a run would stall: fail. */
    static final long MIN_DAILY_REMAINING = 1_000;

    /** The built-in mapping's custom field keys and those of the definition's field rules. */
    private final List<String> customFieldKeys;
    private final SansanClient sansan;
    private final SansanProperties sansanProperties;
    private final GhlClient ghl;
    private final GhlProperties ghlProperties;
    private final GhlOAuthProperties oauth;
    private final ObjectProvider<OAuthBearerTokens> oauthTokens;
    private final SyncProperties sync;

    public Preflight(SansanClient sansan, SansanProperties sansanProperties, GhlClient ghl, GhlProperties ghlProperties,
                     GhlOAuthProperties oauth, ObjectProvider<OAuthBearerTokens> oauthTokens, SyncProperties sync,
                     ContactMapper mapper) {
        this.customFieldKeys = mapper.customFieldKeys();
        this.sansan = sansan;
        this.sansanProperties = sansanProperties;
        this.ghl = ghl;
        this.ghlProperties = ghlProperties;
        this.oauth = oauth;
        this.oauthTokens = oauthTokens;
        this.sync = sync;
    }

    public PreflightReport run() {
        List<CheckResult> results = new ArrayList<>();
        checkSansan(results);
        checkGhl(results);
        return new PreflightReport(results);
    }

    private void checkSansan(List<CheckResult> results) {
        SansanUser me;
        try {
            me = sansan.me();
            results.add(CheckResult.pass(SANSAN_KEY, "GET /me answered: the key belongs to " + me.name()));
        } catch (RuntimeException e) {
            results.add(CheckResult.fail(SANSAN_KEY, sansanProblem(e)));
            results.add(CheckResult.fail(SANSAN_RANGE, "not checked: the key does not work"));
            results.add(CheckResult.fail(SANSAN_SAMPLE, "not checked: the key does not work"));
            return;
        }
        OffsetDateTime to = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1);
        BizCardPage page;
        try {
            page = sansan.bizCards(new BizCardQuery(sync.migrateFrom(), to, sync.entryStatuses(), sansanProperties.pageSize()), null);
        } catch (RuntimeException e) {
            results.add(CheckResult.fail(SANSAN_RANGE, "GET /bizCards?range=all failed: " + sansanProblem(e)));
            results.add(CheckResult.fail(SANSAN_SAMPLE, "not checked: no page could be read"));
            return;
        }
        Set<String> owners = page.cards().stream().map(BizCard::owner).filter(Objects::nonNull).map(BizCard.Owner::id)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (page.cards().size() >= sansanProperties.pageSize() && owners.size() == 1 && owners.contains(me.id())) {
            results.add(CheckResult.warn(SANSAN_RANGE, "range=all answered, but a full page holds only cards of " + me.name()
                    + ": if other people exchange cards too, the key's user cannot see them (use an administrator's key)"));
        } else {
            results.add(CheckResult.pass(SANSAN_RANGE, "range=all answered; the first page holds cards of "
                    + owners.size() + " owner(s)"));
        }
        long malformed = page.cards().stream().filter(card -> card.malformed() != null).count();
        if (page.cards().isEmpty()) {
            results.add(CheckResult.warn(SANSAN_SAMPLE, "no cards updated since " + sync.migrateFrom()));
        } else if (malformed > 0) {
            results.add(CheckResult.fail(SANSAN_SAMPLE, malformed + " of " + page.cards().size()
                    + " cards on the first page could not be read (API version " + sansanProperties.apiVersion() + "?)"));
        } else {
            results.add(CheckResult.pass(SANSAN_SAMPLE, page.cards().size() + " cards read"));
        }
    }

    private void checkGhl(List<CheckResult> results) {
        List<GhlCustomField> fields;
        try {
            fields = ghl.customFields();
            results.add(CheckResult.pass(GHL_TOKEN, "GET /locations/" + ghl.locationId() + "/customFields answered ("
                    + (ghlProperties.token() != null ? "private integration token" : "OAuth") + ")"));
            results.add(CheckResult.pass(GHL_VERSION, "Version " + ghlProperties.apiVersion() + " accepted"));
        } catch (GhlApiException e) {
            boolean version = e.messages().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("version header"));
            boolean scope = e.messages().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("scope"));
            if (version) {
                results.add(CheckResult.pass(GHL_TOKEN, "not rejected; the Version header was"));
                results.add(CheckResult.fail(GHL_VERSION, "GHL refused Version " + ghlProperties.apiVersion() + " ("
                        + String.join("; ", e.messages()) + "): set ghl.api-version to 2021-07-28"));
            } else {
                results.add(CheckResult.fail(GHL_TOKEN, ghlProblem(e, scope)));
                results.add(CheckResult.fail(GHL_VERSION, "not checked: the token was rejected"));
            }
            results.add(CheckResult.fail(GHL_SCOPES, scope ? "the token lacks a scope: " + String.join("; ", e.messages())
                    : "not checked: no request succeeded"));
            results.add(CheckResult.fail(GHL_FIELDS, "not checked: no request succeeded"));
            results.add(CheckResult.fail(GHL_QUOTA, "not checked: no request succeeded"));
            return;
        } catch (RuntimeException e) {
            results.add(CheckResult.fail(GHL_TOKEN, e.getMessage()));
            Stream.of(GHL_VERSION, GHL_SCOPES, GHL_FIELDS, GHL_QUOTA)
                    .forEach(check -> results.add(CheckResult.fail(check, "not checked: no token")));
            return;
        }
        results.add(scopes());
        results.add(customFields(fields));
        long remaining = ghl.dailyRemaining();
        if (remaining < 0) {
            results.add(CheckResult.warn(GHL_QUOTA, "GHL sent no X-RateLimit-Daily-Remaining header"));
        } else if (remaining < MIN_DAILY_REMAINING) {
            results.add(CheckResult.fail(GHL_QUOTA, "only " + remaining + " requests left today for this location (a contact "
                    + "costs one): wait for tomorrow's quota"));
        } else {
            results.add(CheckResult.pass(GHL_QUOTA, remaining + " requests left today"));
        }
    }

    private CheckResult scopes() {
        List<String> needed = List.of(GhlOAuthProperties.DEFAULT_SCOPES.split(" "));
        if (ghlProperties.token() != null) {
            return CheckResult.warn(GHL_SCOPES, "a private integration token does not tell its scopes; it needs "
                    + String.join(", ", needed) + " (custom fields were readable)");
        }
        TokenGrant grant = oauthTokens.getObject().stored().orElse(null);
        List<String> granted = grant == null ? List.of() : grant.scopes();
        List<String> missing = needed.stream().filter(s -> !granted.contains(s)).toList();
        List<String> asked = oauth.scopeList();
        return missing.isEmpty() ? CheckResult.pass(GHL_SCOPES, "granted: " + String.join(" ", granted))
                : CheckResult.fail(GHL_SCOPES, "missing " + String.join(", ", missing) + (asked.containsAll(missing)
                ? ": run 'auth ghl' again and approve them" : ": add them to ghl.oauth.scopes and the app, then run 'auth ghl' again"));
    }

    private CheckResult customFields(List<GhlCustomField> fields) {
        Set<String> present = fields.stream().map(GhlCustomField::fieldKey).filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> missing = customFieldKeys.stream().filter(key -> !present.contains(key)).toList();
        return missing.isEmpty() ? CheckResult.pass(GHL_FIELDS, "all mapped custom fields exist")
                : CheckResult.fail(GHL_FIELDS, "missing " + String.join(", ", missing)
                + ": create them in GHL (Settings > Custom Fields, Text) or remove them from the mapping");
    }

    private static String sansanProblem(RuntimeException e) {
        if (e instanceof SansanApiException api && api.status() == 401) {
            return "Sansan rejected the API key (401): set SANSAN_API_KEY or sansan.api-key-file to a valid key";
        }
        if (e instanceof SansanApiException api && api.status() == 403) {
            return "Sansan refused (403): the key's user may not read every card; use an administrator's key";
        }
        return e.getMessage();
    }

    private String ghlProblem(GhlApiException e, boolean scope) {
        if (e.status() == 403) {
            return "the token has no access to location " + ghl.locationId() + ": check ghl.location-id, or authorize that location";
        }
        if (scope) {
            return "the token was refused for lack of a scope";
        }
        return "GHL rejected the token (" + e.status() + " " + String.join("; ", e.messages()) + "): "
                + (ghlProperties.token() != null ? "check GHL_TOKEN or ghl.token-file" : "run 'auth ghl' again");
    }
}
