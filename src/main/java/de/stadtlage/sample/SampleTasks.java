package de.stadtlage.sample;

import de.stadtlage.access.Person;
import de.stadtlage.boards.BoardTask;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.boards.TaskPriority;
import de.stadtlage.boards.TaskRepository;
import de.stadtlage.boards.TaskStatus;
import de.stadtlage.situation.AreaRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Tasks on every board, in every column. Due dates are relative to the day the sample is loaded, so a board
 * always shows overdue work and work due this week.
 */
final class SampleTasks {

    /** One sample task: board, column, title, priority, due in days from today (null: none), blocked reason. */
    private record Row(String board, TaskStatus status, String title, TaskPriority priority, Integer dueInDays,
                       String blockedReason) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("SV", TaskStatus.OFFEN, "Beleuchtung Unterführung Nordausgang Hbf erneuern", TaskPriority.HOCH, 10, null),
            new Row("SV", TaskStatus.OFFEN, "Leerstände Brückstraße: Zwischennutzung anfragen", TaskPriority.MITTEL, 30, null),
            new Row("SV", TaskStatus.IN_ARBEIT, "Graffiti-Entfernung Keuningpark beauftragen", TaskPriority.MITTEL, 3, null),
            new Row("SV", TaskStatus.IN_ARBEIT, "Sitzmöbel Nordmarkt: Entwurf abstimmen", TaskPriority.NIEDRIG, -4, null),
            new Row("SV", TaskStatus.BLOCKIERT, "Rückschnitt Gebüsch Stadtgarten", TaskPriority.MITTEL, 7,
                    "Brutzeit: Rückschnitt erst ab 1. Oktober zulässig"),
            new Row("SV", TaskStatus.ERLEDIGT, "Mülleimer Münsterstraße verdichtet", TaskPriority.MITTEL, -10, null),
            new Row("CR", TaskStatus.OFFEN, "Übernachtungsplätze Winter: Bedarf schätzen", TaskPriority.HOCH, 14, null),
            new Row("CR", TaskStatus.IN_ARBEIT, "Aufsuchende Sozialarbeit City: Einsatzplan", TaskPriority.HOCH, 2, null),
            new Row("CR", TaskStatus.IN_ARBEIT, "Gepäckaufbewahrung für Wohnungslose prüfen", TaskPriority.MITTEL, -2, null),
            new Row("CR", TaskStatus.BLOCKIERT, "Standort Tagesaufenthalt Nordstadt", TaskPriority.HOCH, 21,
                    "Zustimmung des Eigentümers steht aus"),
            new Row("CR", TaskStatus.ERLEDIGT, "Hilfeflyer in fünf Sprachen gedruckt", TaskPriority.NIEDRIG, -7, null),
            new Row("BB", TaskStatus.OFFEN, "Gemeinsame Streife Polizei/KOD Brückstraße am Samstag", TaskPriority.HOCH, 4, null),
            new Row("BB", TaskStatus.OFFEN, "Hausrecht-Vereinbarungen mit Geschäften", TaskPriority.MITTEL, 28, null),
            new Row("BB", TaskStatus.IN_ARBEIT, "Videobeobachtung Münsterstraße: Auswertung", TaskPriority.HOCH, -6, null),
            new Row("BB", TaskStatus.BLOCKIERT, "Allgemeinverfügung aggressives Betteln", TaskPriority.MITTEL, 12,
                    "Rechtsprüfung durch das Rechtsamt läuft"),
            new Row("BB", TaskStatus.ERLEDIGT, "Ansprechpersonen für Einzelhandel benannt", TaskPriority.MITTEL, -3, null),
            new Row("SU", TaskStatus.OFFEN, "Crack-Prävention an Berufskollegs: Konzept", TaskPriority.HOCH, 20, null),
            new Row("SU", TaskStatus.IN_ARBEIT, "Elternabende Nordstadt planen", TaskPriority.MITTEL, 5, null),
            new Row("SU", TaskStatus.BLOCKIERT, "Social-Media-Kampagne", TaskPriority.NIEDRIG, 35,
                    "Mittel für 2024 noch nicht freigegeben"),
            new Row("SU", TaskStatus.ERLEDIGT, "Schulungen für Jugendtreffs durchgeführt", TaskPriority.MITTEL, -5, null),
            new Row("SU", TaskStatus.OFFEN, "Peer-Projekt mit Jugendforum", TaskPriority.MITTEL, -1, null),
            new Row("SH", TaskStatus.OFFEN, "Öffnungszeiten Drogenkonsumraum erweitern", TaskPriority.HOCH, 6, null),
            new Row("SH", TaskStatus.IN_ARBEIT, "Rauchraum für Crack-Konsum: Umbau", TaskPriority.HOCH, 25, null),
            new Row("SH", TaskStatus.IN_ARBEIT, "Mobile Anlaufstelle Nordmarkt", TaskPriority.MITTEL, -8, null),
            new Row("SH", TaskStatus.BLOCKIERT, "Substitutionsplätze aufstocken", TaskPriority.HOCH, 15,
                    "Es fehlen substituierende Ärztinnen und Ärzte"),
            new Row("SH", TaskStatus.ERLEDIGT, "Spritzentausch-Automat Hbf aufgestellt", TaskPriority.MITTEL, -9, null));

    /** Tasks that work on a police focus area, so their cards show the area's incident trend. */
    private static final Map<String, String> FOCUS_AREAS = Map.of(
            "Graffiti-Entfernung Keuningpark beauftragen", "KEUNINGPARK",
            "Leerstände Brückstraße: Zwischennutzung anfragen", "BRUECKSTRASSENVIERTEL",
            "Aufsuchende Sozialarbeit City: Einsatzplan", "CITY_WALLRING",
            "Gemeinsame Streife Polizei/KOD Brückstraße am Samstag", "BRUECKSTRASSENVIERTEL",
            "Videobeobachtung Münsterstraße: Auswertung", "MUENSTERSTRASSE",
            "Elternabende Nordstadt planen", "NORDSTADT",
            "Mobile Anlaufstelle Nordmarkt", "NORDSTADT");

    private SampleTasks() {
    }

    static int insert(DSLContext tx, Map<String, Subgroup> subgroups, Map<String, Person> people, LocalDate today) {
        Map<String, Integer> areaIds = new java.util.HashMap<>();
        new AreaRepository(tx).list().forEach(a -> areaIds.put(a.code(), a.id()));
        for (Row row : ROWS) {
            Subgroup subgroup = subgroups.get(row.board());
            Person lead = people.values().stream().filter(p -> subgroup.id() == nullToZero(p.subgroupId()))
                    .findFirst().orElseThrow();
            LocalDate due = row.dueInDays() == null ? null : today.plusDays(row.dueInDays());
            BoardTask draft = BoardTask.draft(subgroup.id(), row.title(), row.status(), row.priority(), null, due);
            BoardTask task = new BoardTask(null, draft.subgroupId(), draft.title(),
                    "Beispielaufgabe der Untergruppe " + subgroup.name() + ".", draft.status(), draft.priority(),
                    lead.id(), null, due, areaIds.get(FOCUS_AREAS.get(row.title())), row.blockedReason(), 0, false, null,
                    null, null, 0);
            BoardTask stored = TaskRepository.insert(tx, task);
            if (row.status() == TaskStatus.BLOCKIERT) {
                TaskRepository.addComment(tx, stored.id(), lead.displayName(), "Blockiert: " + row.blockedReason());
            }
        }
        return ROWS.size();
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
