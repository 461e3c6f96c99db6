package io.github.sansanghlsync.sandbox.sansan;

/** A Sansan user who owns (exchanged) a card. */
public record SansanOwner(String id, String name) {
}
