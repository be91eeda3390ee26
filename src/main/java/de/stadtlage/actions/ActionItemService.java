package de.stadtlage.actions;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Titles;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The rules for Maßnahmen: created in a meeting (due by default at the next meeting), status offen / erledigt /
 * verschoben / entfallen with a reason for the last two, carried over until closed, escalated when overdue for two
 * meetings. Only Vorsitz, Protokoll and Admin may write; each write is one transaction with an audit entry.
 */
public final class ActionItemService {

    static final String ENTITY = "action_item";

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    public ActionItemService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Creates an item in a meeting that is not closed yet.
     *
     * @param due the due date, or null for the next meeting after the origin meeting (a week later if none planned)
     */
    public ActionItem create(int meetingId, Integer decisionId, Integer subgroupId, String title, String owner,
                             LocalDate due) {
        requireWriter();
        String text = Titles.requireShort(required(title, "Bitte beschreiben Sie die Maßnahme."));
        String who = required(owner, "Bitte eine verantwortliche Person oder Stelle angeben.");
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String status = ActionItemUpdates.meetingStatus(tx, meetingId).orElseThrow(() ->
                    new UserMessage("Die Sitzung " + meetingId + " gibt es nicht (mehr)."));
            if ("ABGESCHLOSSEN".equals(status)) {
                throw new UserMessage("Die Sitzung ist abgeschlossen; neue Maßnahmen bitte in der nächsten Sitzung"
                        + " beschließen.");
            }
            LocalDate dueDate = due != null ? due : defaultDue(tx, meetingId);
            ActionItem item = ActionItemRepository.insert(tx,
                    ActionItem.open(meetingId, decisionId, subgroupId, text, who, dueDate));
            AuditLog.append(tx, user.name(), ENTITY, item.id(), "create", null, item);
            return item;
        });
    }

    private static LocalDate defaultDue(DSLContext tx, int meetingId) {
        LocalDate origin = ActionItemUpdates.meetingDatesById(tx).get(meetingId);
        return ActionItemUpdates.meetingDates(tx).stream().filter(d -> d.isAfter(origin)).findFirst()
                .orElse(origin.plusWeeks(1));
    }

    /**
     * Sets the status. VERSCHOBEN and ENTFALLEN need a reason; VERSCHOBEN may move the due date.
     *
     * @param expectedVersion the version the user saw; a newer one means someone else changed the item meanwhile
     */
    public ActionItem changeStatus(int id, int expectedVersion, ActionStatus status, String reason, LocalDate newDue) {
        requireWriter();
        if (status.needsReason() && (reason == null || reason.isBlank())) {
            throw new UserMessage("Für den Status \"" + label(status) + "\" ist eine Begründung nötig.");
        }
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ActionItem before = ActionItemUpdates.find(tx, id).orElseThrow(() ->
                    new UserMessage("Die Maßnahme " + id + " gibt es nicht (mehr)."));
            boolean closes = status == ActionStatus.ERLEDIGT || status == ActionStatus.ENTFALLEN;
            ActionItem changed = new ActionItem(id, before.originMeetingId(), before.decisionId(),
                    before.subgroupId(), before.title(), before.owner(), newDue != null ? newDue : before.dueDate(),
                    status, status.needsReason() ? reason.strip() : null, closes ? Instant.now(clock) : null,
                    expectedVersion);
            if (!ActionItemUpdates.update(tx, changed, Instant.now(clock))) {
                throw new UserMessage("Die Maßnahme wurde inzwischen von jemand anderem geändert. Bitte die Liste neu"
                        + " laden und die Änderung wiederholen.");
            }
            ActionItem after = ActionItemUpdates.find(tx, id).orElseThrow();
            AuditLog.append(tx, user.name(), ENTITY, id, "status", before, after);
            return after;
        });
    }

    /** All items matching the filter: escalated first, then by due date (items without one last). */
    public List<ActionItemRow> list(ActionItemFilter filter) {
        DSLContext dsl = database.dsl();
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> meetings = ActionItemUpdates.meetingDates(dsl);
        Map<Integer, LocalDate> origins = ActionItemUpdates.meetingDatesById(dsl);
        Map<Integer, String> codes = ActionItemUpdates.subgroupCodes(dsl);
        List<ActionItemRow> rows = new ArrayList<>();
        for (ActionItem item : new ActionItemRepository(dsl).list()) {
            LocalDate origin = origins.get(item.originMeetingId());
            ActionItemRow row = new ActionItemRow(item, origin, codes.get(item.subgroupId()),
                    CarryOver.at(meetings, origin, item.dueDate(), today));
            if (filter.matches(row, today)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(ActionItemRow::isEscalated).reversed()
                .thenComparing(r -> r.item().dueDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** Writes all items as CSV for Excel (semicolons, UTF-8 with BOM, formulas neutralised). */
    public void exportCsv(ActionItemFilter filter, OutputStream out) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (ActionItemRow row : list(filter)) {
            ActionItem item = row.item();
            lines.add(List.of(String.valueOf(item.id()), item.title(), item.owner(),
                    row.subgroupCode() == null ? "" : row.subgroupCode(), Formats.date(item.dueDate()),
                    label(item.status()), item.statusReason() == null ? "" : item.statusReason(),
                    Formats.date(row.originDate()), row.isOpen() ? String.valueOf(row.carryOver().meetingsOpen()) : "",
                    row.isEscalated() ? "ja" : "nein"));
        }
        SpreadsheetCsv.write(List.of("Nr.", "Maßnahme", "Verantwortlich", "Untergruppe", "Fällig", "Status",
                "Begründung", "Aus Sitzung", "Offen seit Sitzungen", "Eskaliert"), lines, out);
    }

    /** The German status word as the UI and the minutes use it. */
    public static String label(ActionStatus status) {
        return switch (status) {
            case OFFEN -> "offen";
            case ERLEDIGT -> "erledigt";
            case VERSCHOBEN -> "verschoben";
            case ENTFALLEN -> "entfallen";
        };
    }

    private void requireWriter() {
        if (!user.canWriteMeetings()) {
            throw new PermissionDeniedException("Maßnahmen dürfen nur Vorsitz, Protokollführung und Administration"
                    + " ändern. Bitte wenden Sie sich an die Protokollführung.");
        }
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new UserMessage(message);
        }
        return text.strip();
    }
}
