package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.sansan.ActivityReport;
import io.github.sansanghlsync.sansan.BizCard;

/** What the notes and tasks steps read: the cards, then the activity reports. */
public sealed interface SansanItem {

    /** A business card. */
    record Card(BizCard card) implements SansanItem {
    }

    /** An activity report. */
    record Report(ActivityReport report) implements SansanItem {
    }
}
