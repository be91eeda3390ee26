package de.stadtlage.presentation;

import java.util.List;
import java.util.Objects;

/**
 * One slide of the projector deck, as plain data: the view draws it, tests read it.
 *
 * @param title         the heading (continued slides end with "(Forts.)")
 * @param subtitle      a smaller line under the heading, may be empty
 * @param blocks        the content, top to bottom
 * @param notes         speaker notes for the chair console, may be empty
 * @param agendaTitle   the agenda item this slide belongs to (the console's jump list)
 */
public record Slide(String title, String subtitle, List<SlideBlock> blocks, String notes, String agendaTitle) {

    public Slide {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        blocks = List.copyOf(blocks);
        notes = notes == null ? "" : notes;
        agendaTitle = agendaTitle == null ? title : agendaTitle;
    }
}
