package io.github.sansanghlsync.sandbox.sansan;

/** A Sansan tag; {@code type} is {@code shared}, {@code public} or {@code private}. */
public record SansanTag(String id, String name, String type) {
}
