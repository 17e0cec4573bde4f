package london.victimvoice.portal.voice.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.WeDidUpdate;

/** Words the "we did" pages share: owners, statuses, forums and dates in plain words, and the summary rows. */
final class WeDidTexts {

    static final int LINK_TEXT_LENGTH = 120;

    private WeDidTexts() {
    }

    static String owner(Component view, ActionOwner owner) {
        return view.getTranslation("voice.weDid.owner." + owner.name());
    }

    static String status(Component view, ActionStatus status) {
        return view.getTranslation("voice.weDid.status." + status.name());
    }

    static String forums(Component view, List<String> codes) {
        return codes.stream().map(code -> forum(view, code)).collect(Collectors.joining(", "));
    }

    static String forum(Component view, String code) {
        return view.getTranslation("forum." + code + ".name");
    }

    /** "Saturday 27 March 2027". */
    static String day(LocalDate date) {
        return LondonTimes.dayWithYear(date.atStartOfDay(LondonTimes.LONDON).toInstant());
    }

    static String due(Component view, @Nullable LocalDate date) {
        return date == null ? view.getTranslation("voice.weDid.list.noDue") : value(view, day(date));
    }

    /** Something typed or worked out (a person's words, a date), shown as it is: always as text, never markup. */
    static String value(Component view, String text) {
        return view.getTranslation("voice.weDid.value", text);
    }

    /** The start of a long text, for a link or a list; the whole text is on the entry's page. */
    static String shortened(String text) {
        var codePoints = text.codePointCount(0, text.length());
        if (codePoints <= LINK_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LINK_TEXT_LENGTH - 1)).strip() + "…";
    }

    static void row(DescriptionList rows, String id, String term, String value) {
        var key = new DescriptionList.Term(term);
        key.addClassName("summary-list__key");
        var description = new DescriptionList.Description(value);
        description.addClassName("summary-list__value");
        description.setId(id);
        var row = new Div(key, description);
        row.addClassName("summary-list__row");
        rows.add(row);
    }

    static DescriptionList summary(String id) {
        var rows = new DescriptionList();
        rows.addClassName("summary-list");
        rows.setId(id);
        return rows;
    }

    /** A table that scrolls on its own at narrow widths, named by its caption. */
    static Div scrolling(NativeTable table, String captionId) {
        table.getCaption().setId(captionId);
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", captionId);
        return scroll;
    }

    /** The entry's story for staff and partners: when, status, who, note. */
    static Div history(Component view, List<WeDidUpdate> history) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("we-did-history");
        table.setCaptionText(view.getTranslation("voice.weDid.history.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("when", "status", "who", "note")) {
            head.addHeaderCell().getElement().setText(view.getTranslation("voice.weDid.history.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var update : history) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(value(view, LondonTimes.dayWithYearAndTime(update.recordedAt())));
            row.addDataCell().setText(status(view, update.status()));
            row.addDataCell().setText(value(view, update.staffUsername()));
            row.addDataCell().setText(update.note() == null ? view.getTranslation("voice.weDid.history.noNote")
                    : value(view, update.note()));
        }
        return scrolling(table, "we-did-history-caption");
    }
}
