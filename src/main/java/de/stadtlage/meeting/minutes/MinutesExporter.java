package de.stadtlage.meeting.minutes;

import de.stadtlage.access.AuditAnchors;
import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.SiteKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Exports the minutes of a meeting as a PDF file: finds the meeting, assembles and renders it, and writes the file
 * atomically (a half-written PDF never replaces a good one).
 */
public final class MinutesExporter {

    private final MinutesRepository meetings;
    private final MinutesAssembler assembler;
    private final MinutesPdfRenderer renderer;
    private final Supplier<String> auditAnchor;

    /** An exporter whose PDFs carry no audit anchor. */
    public MinutesExporter(MinutesRepository meetings, MinutesAssembler assembler, MinutesPdfRenderer renderer) {
        this(meetings, assembler, renderer, () -> null);
    }

    /** An exporter that prints {@code auditAnchor}'s text, asked for at every export, in the footer. */
    public MinutesExporter(MinutesRepository meetings, MinutesAssembler assembler, MinutesPdfRenderer renderer,
                           Supplier<String> auditAnchor) {
        this.meetings = meetings;
        this.assembler = assembler;
        this.renderer = renderer;
        this.auditAnchor = auditAnchor;
    }

    /**
     * The exporter for a database. The marking line comes from the setting {@code minutes.marking} (default
     * "Nur für den Dienstgebrauch"). The map comes from {@code maps}; pass {@link MapImageSource#NONE} where no
     * map renderer is available. Every PDF prints the audit chain's anchor of the moment it is made.
     */
    public static MinutesExporter create(Database database, MapImageSource maps) {
        DSLContext dsl = database.dsl();
        MinutesRepository meetings = new MinutesRepository(dsl);
        SiteKey key = SiteKey.of(database.location());
        return new MinutesExporter(meetings,
                new MinutesAssembler(meetings, new StatusQueries(dsl), maps, meetings::marking),
                new MinutesPdfRenderer(), () -> AuditAnchors.current(dsl, key).text());
    }

    /** The meeting on the date, or for {@code latest} the most recent one on or before {@code today}. */
    public Optional<MeetingRow> find(String dateOrLatest, LocalDate today) {
        if ("latest".equalsIgnoreCase(dateOrLatest)) {
            return meetings.latestOnOrBefore(today);
        }
        return meetings.meetingOn(LocalDate.parse(dateOrLatest));
    }

    /** Renders the minutes of the meeting into the file. */
    public void export(MeetingRow meeting, Path target) throws IOException {
        MinutesDocument document = assemble(meeting);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, ".protokoll-", ".pdf.part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                renderer.render(document, out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Renders the minutes of the meeting into memory. */
    public byte[] render(MeetingRow meeting) {
        return renderer.render(assemble(meeting));
    }

    private MinutesDocument assemble(MeetingRow meeting) {
        return assembler.assemble(meeting).withAuditAnchor(auditAnchor.get());
    }
}
