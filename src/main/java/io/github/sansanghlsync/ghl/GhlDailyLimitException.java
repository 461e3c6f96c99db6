package io.github.sansanghlsync.ghl;

import java.util.List;

/** GHL refused a request because the location's daily limit is used up: not worth retrying today. */
public class GhlDailyLimitException extends GhlApiException {

    public GhlDailyLimitException(String request) {
        super(429, List.of("the location's daily request limit is used up (X-RateLimit-Daily-Remaining: 0); "
                + "re-run the same command after GHL's daily reset (see ghl.daily-reserve)"), null, request, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
