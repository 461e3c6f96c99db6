package io.github.sansanghlsync.sansan;

/** The Sansan user an API key belongs to ({@code GET /me}). */
public record SansanUser(String id, String name, String email) {
}
