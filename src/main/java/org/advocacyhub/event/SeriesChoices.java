package org.advocacyhub.event;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import org.advocacyhub.web.Formats;
import org.advocacyhub.web.Language;

/** The series form's choices in the page's language: {@code options=evseriesChoices:repeats}. */
@TemplateExtension(namespace = "evseriesChoices")
final class SeriesChoices {

    private SeriesChoices() {
    }

    static SeriesMessages words(Object locale) {
        return Language.bundle(SeriesMessages.class, Formats.locale(locale).getLanguage());
    }

    static Map<String, String> repeats(@TemplateAttribute("locale") Object locale) {
        SeriesMessages m = words(locale);
        Map<String, String> choices = new LinkedHashMap<>();
        for (EventSeries.Repeat r : EventSeries.Repeat.values()) {
            choices.put(r.name(), label(m, r));
        }
        return choices;
    }

    static Map<String, String> statuses(@TemplateAttribute("locale") Object locale) {
        SeriesMessages m = words(locale);
        EventWords w = EventWords.of(Formats.locale(locale).getLanguage());
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", m.anyStatus());
        for (EventStatus s : EventStatus.values()) {
            choices.put(s.name(), w.status(s));
        }
        return choices;
    }

    static Map<String, String> onlineChoices(@TemplateAttribute("locale") Object locale) {
        SeriesMessages m = words(locale);
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", m.onlineAny());
        choices.put("yes", m.onlineYes());
        choices.put("no", m.onlineNo());
        return choices;
    }

    static Map<String, String> sorts(@TemplateAttribute("locale") Object locale) {
        SeriesMessages m = words(locale);
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", m.sortAsc());
        choices.put("desc", m.sortDesc());
        return choices;
    }

    static String label(SeriesMessages m, EventSeries.Repeat r) {
        return switch (r) {
            case WEEKLY -> m.repeat_WEEKLY();
            case BIWEEKLY -> m.repeat_BIWEEKLY();
            case MONTHLY_WEEKDAY -> m.repeat_MONTHLY_WEEKDAY();
        };
    }
}

/** The dates of an event's series that its page lists: those as public as this one, and not over. */
@TemplateExtension
final class SeriesDates {

    private SeriesDates() {
    }

    static java.util.List<Event> seriesDates(Event e) {
        if (e.seriesId == null) {
            return java.util.List.of();
        }
        return EventSeries.occurrences(e.seriesId).stream()
                .filter(o -> o.id.equals(e.id) || o.status == e.status && !o.isOver())
                .toList();
    }
}
