package io.github.sansanghlsync.contact.mapping;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known name closest to a misspelt one, if it is close enough to be the one meant. */
public final class Spelling {

    private Spelling() {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, Math.min(4, wanted.length() / 3 + 1));
        for (String candidate : known) {
            int distance = LevenshteinDistance.getDefaultInstance().apply(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean 'x'?" or nothing. */
    static String hint(String typed, Collection<String> known) {
        return closest(typed, known).map(name -> "; did you mean '" + name + "'?").orElse("");
    }
}
