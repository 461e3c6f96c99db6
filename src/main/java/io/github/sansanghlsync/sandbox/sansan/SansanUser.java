package io.github.sansanghlsync.sandbox.sansan;

/** The Sansan user an API key belongs to, as {@code GET /me} shows it. */
public record SansanUser(String id, String name, String email) {

    public SansanOwner asOwner() {
        return new SansanOwner(id, name);
    }
}
