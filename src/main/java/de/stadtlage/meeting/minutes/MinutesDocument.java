package de.stadtlage.meeting.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the PDF minutes of one meeting show, as plain values. Built by the meeting feature from the
 * database; the renderer only reads it. Texts are raw (unescaped); the XHTML writer escapes them.
 *
 * @param header     date, times, place, chair, minute-taker
 * @param attendees  everybody present, in display order (grouped by organisation when printed)
 * @param situation  the Lage section
 * @param subgroups  one section per subgroup, in the subgroups' sort order
 * @param agenda     agenda items with notes and decisions
 * @param actions    action items: new, carried over, closed since the last meeting
 * @param nextMeeting the next meeting's date, or null when none is planned
 * @param addenda    dated corrections added after closing
 * @param marking    the classification line in the footer, e.g. "Nur für den Dienstgebrauch"
 * @param auditAnchor the audit chain's anchor when the PDF was made (see {@code AuditAnchor}), printed in the
 *                    footer; null prints none
 */
public record MinutesDocument(
        MinutesHeader header,
        List<Attendee> attendees,
        SituationSection situation,
        List<SubgroupSection> subgroups,
        List<AgendaEntry> agenda,
        ActionItemSection actions,
        LocalDate nextMeeting,
        List<Addendum> addenda,
        String marking,
        String auditAnchor) {

    /** The marking line when the settings name none. */
    public static final String DEFAULT_MARKING = "Nur für den Dienstgebrauch";

    /** The marking of minutes made from the synthetic sample data; the title page then says so as well. */
    public static final String SAMPLE_MARKING = "Beispieldaten (synthetisch) – kein echtes Protokoll";

    /** Whether these minutes were made from the synthetic sample data. */
    public boolean sample() {
        return SAMPLE_MARKING.equals(marking);
    }

    public MinutesDocument {
        Objects.requireNonNull(header, "header");
        attendees = List.copyOf(attendees);
        situation = situation == null ? SituationSection.EMPTY : situation;
        subgroups = List.copyOf(subgroups);
        agenda = List.copyOf(agenda);
        actions = actions == null ? ActionItemSection.EMPTY : actions;
        addenda = List.copyOf(addenda);
        marking = marking == null || marking.isBlank() ? DEFAULT_MARKING : marking;
    }

    /** The minutes without an audit anchor. */
    public MinutesDocument(MinutesHeader header, List<Attendee> attendees, SituationSection situation,
                           List<SubgroupSection> subgroups, List<AgendaEntry> agenda, ActionItemSection actions,
                           LocalDate nextMeeting, List<Addendum> addenda, String marking) {
        this(header, attendees, situation, subgroups, agenda, actions, nextMeeting, addenda, marking, null);
    }

    /** The same minutes with the audit chain's anchor of the moment they are printed. */
    public MinutesDocument withAuditAnchor(String anchor) {
        return new MinutesDocument(header, attendees, situation, subgroups, agenda, actions, nextMeeting, addenda,
                marking, anchor);
    }

    /** Where a person present belongs; the minutes list Stadt, Polizei and Sonstige in this order. */
    public enum Organisation {
        STADT("Stadt Dortmund"),
        POLIZEI("Polizei Dortmund"),
        SONSTIGE("Sonstige und Gäste");

        private final String heading;

        Organisation(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** One person present; {@code unit} (e.g. "Ordnungsamt") may be null. */
    public record Attendee(String name, String unit, Organisation organisation, boolean guest) {
        public Attendee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(organisation, "organisation");
        }
    }

    /** One agenda item with its notes (may be null) and its decisions in order. */
    public record AgendaEntry(int position, String title, String notes, List<String> decisions) {
        public AgendaEntry {
            Objects.requireNonNull(title, "title");
            decisions = List.copyOf(decisions);
        }
    }

    /** A dated correction to a closed meeting. */
    public record Addendum(LocalDate date, String author, String text) {
    }
}
