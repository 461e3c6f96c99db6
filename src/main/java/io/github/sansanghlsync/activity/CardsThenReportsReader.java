package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.contact.BizCardReader;
import io.github.sansanghlsync.sansan.ActivityReport;
import io.github.sansanghlsync.sansan.BizCard;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every card of the range, then every report of the range (either may be left out). Which of the
 * two it is in is saved with each chunk, so a restart resumes in the right one.
 */
public class CardsThenReportsReader implements ItemStreamReader<SansanItem> {

    private final String name;
    private final BizCardReader cards;
    private final ActivityReportReader reports;
    private boolean cardsDone;

    /** @param cards null to read no cards; @param reports null to read no reports */
    public CardsThenReportsReader(String name, BizCardReader cards, ActivityReportReader reports) {
        this.name = name;
        this.cards = cards;
        this.reports = reports;
    }

    @Override
    public void open(ExecutionContext context) {
        cardsDone = cards == null || context.containsKey(name + ".cardsDone") && context.getString(name + ".cardsDone").equals("true");
        if (!cardsDone) {
            cards.open(context);
        }
        if (cardsDone && reports != null) {
            reports.open(context);
        }
    }

    @Override
    public SansanItem read() {
        if (!cardsDone) {
            BizCard card = cards.read();
            if (card != null) {
                return new SansanItem.Card(card);
            }
            cardsDone = true;
            cards.close();
            if (reports != null) {
                reports.open(new ExecutionContext());
            }
        }
        if (reports == null) {
            return null;
        }
        ActivityReport report = reports.read();
        return report == null ? null : new SansanItem.Report(report);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(name + ".cardsDone", String.valueOf(cardsDone));
        if (!cardsDone) {
            cards.update(context);
        } else if (reports != null) {
            reports.update(context);
        }
    }

    @Override
    public void close() {
        if (cards != null) {
            cards.close();
        }
        if (reports != null) {
            reports.close();
        }
    }
}
