package de.stadtlage.situation;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.Messages;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Key figures: metrics, figures per period and their trends. Reading is open to everyone; writing figures is for
 * Vorsitz and Administration, adding metrics for Administration only. Every write is audited.
 */
public final class KeyFigureService {

    private final Database database;
    private final CurrentUser user;

    public KeyFigureService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    public List<Metric> metrics() {
        return new MetricRepository(database.dsl()).list();
    }

    public List<KeyFigure> figures() {
        return new KeyFigureRepository(database.dsl()).list();
    }

    /** The latest figure per metric and source with its comparisons (see {@link KeyFigureTrends}). */
    public List<KeyFigureTrend> trends() {
        return KeyFigureTrends.of(figures(), metrics());
    }

    public boolean canWrite() {
        return user.canWriteSituation();
    }

    /** Adds a metric; only administrators may. */
    public Metric addMetric(String name, String unit) {
        if (user.role() != Role.ADMIN) {
            throw new PermissionDeniedException("Neue Kennzahlen darf nur die Administration anlegen.");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new UserMessage("Bitte geben Sie einen Namen für die Kennzahl an (höchstens 100 Zeichen).");
        }
        if (new MetricRepository(database.dsl()).exists(trimmed)) {
            throw new UserMessage("Die Kennzahl „" + trimmed + "“ gibt es schon.");
        }
        String cleanUnit = unit == null || unit.isBlank() ? null : unit.strip();
        return database.transactionResult(cfg -> {
            Metric metric = MetricRepository.insert(cfg.dsl(), trimmed, cleanUnit);
            AuditLog.append(cfg.dsl(), user.name(), "metric", metric.id(), "CREATED", null, metric);
            return metric;
        });
    }

    /**
     * Saves one figure as the person entered it. {@code figure} carries the state they saw: no id for a figure
     * they believe new, else the id and version of the stored figure they changed. A figure entered, changed or
     * deleted by someone else meanwhile is not overwritten ({@link ConflictException}).
     */
    public void save(KeyFigure figure) {
        write(List.of(figure), "Eingabe", true);
    }

    /**
     * Saves figures in one transaction (all or none); {@code origin} says where they came from, for the audit. A
     * figure for a metric, source and period that is stored already gets the new value: an import replaces.
     */
    public int saveAll(List<KeyFigure> figures, String origin) {
        return write(figures, origin, false);
    }

    private int write(List<KeyFigure> figures, String origin, boolean asSeen) {
        requireWrite();
        List<String> metricNames = metrics().stream().map(Metric::name).toList();
        figures.forEach(f -> validate(f, metricNames));
        return database.transactionResult(cfg -> {
            for (KeyFigure figure : figures) {
                store(cfg.dsl(), figure, asSeen);
            }
            AuditLog.append(cfg.dsl(), user.name(), KeyFigureConflicts.ENTITY, null, "SAVED", null,
                    Map.of("origin", origin, "count", figures.size()));
            return figures.size();
        });
    }

    /** Deletes the figure as the person saw it; refused when it changed meanwhile, "not found" when it is gone. */
    public void delete(KeyFigure figure) {
        requireWrite();
        database.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            KeyFigure stored = figure.id() == null ? null : KeyFigureRepository.find(tx, figure.id()).orElse(null);
            if (stored == null) {
                throw new UserMessage(Messages.get("figures.notFound"));
            }
            if (stored.version() != figure.version() || !KeyFigureRepository.delete(tx, stored.id(), stored.version())) {
                throw KeyFigureConflicts.changed(tx, figure);
            }
            AuditLog.append(tx, user.name(), KeyFigureConflicts.ENTITY, stored.id(), "DELETED", stored, null);
        });
    }

    private void store(DSLContext tx, KeyFigure figure, boolean asSeen) {
        KeyFigure existing = KeyFigureRepository.find(tx, figure.metric(), figure.source(), figure.periodStart(),
                figure.periodEnd()).orElse(null);
        if (asSeen) {
            KeyFigureConflicts.requireAsSeen(tx, figure, existing);
        }
        if (existing == null) {
            int id = KeyFigureRepository.insert(tx, figure, false);
            AuditLog.append(tx, user.name(), KeyFigureConflicts.ENTITY, id, "CREATED", null, figure);
        } else if (KeyFigureRepository.updateValue(tx, existing.id(), existing.version(), figure.value(),
                figure.note())) {
            AuditLog.append(tx, user.name(), KeyFigureConflicts.ENTITY, existing.id(), "UPDATED", existing, figure);
        } else {
            throw KeyFigureConflicts.changed(tx, existing);
        }
    }

    /** Throws a German message for a figure that cannot be stored. */
    public static void validate(KeyFigure figure, List<String> metricNames) {
        String problem = problem(figure, metricNames);
        if (problem != null) {
            throw new UserMessage(problem);
        }
    }

    /** What is wrong with a figure, or {@code null}. */
    public static String problem(KeyFigure f, List<String> metricNames) {
        if (f.metric() == null || !metricNames.contains(f.metric())) {
            return "Die Kennzahl „" + f.metric() + "“ ist unbekannt; bitte eine der angelegten Kennzahlen wählen "
                    + "(neue legt die Administration an).";
        }
        if (f.source() == null || f.source().isBlank()) {
            return "Bitte eine Quelle angeben (z. B. Polizei oder KOD).";
        }
        if (f.periodStart() == null || f.periodEnd() == null || f.periodEnd().isBefore(f.periodStart())) {
            return "Der Zeitraum ist ungültig: „Bis“ darf nicht vor „Von“ liegen.";
        }
        if (f.value() == null || f.value().compareTo(BigDecimal.ZERO) < 0) {
            return "Der Wert muss eine Zahl ab 0 sein.";
        }
        return null;
    }

    private void requireWrite() {
        if (!user.canWriteSituation()) {
            throw new PermissionDeniedException("Kennzahlen erfassen dürfen nur Vorsitz und Administration.");
        }
    }

    /** The Monday–Sunday week around a day: the default period of a new figure. */
    public static LocalDate[] isoWeek(LocalDate day) {
        LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
        return new LocalDate[] {monday, monday.plusDays(6)};
    }
}
