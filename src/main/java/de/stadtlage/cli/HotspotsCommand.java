package de.stadtlage.cli;

import de.stadtlage.app.AppContext;
import de.stadtlage.common.UserMessage;
import de.stadtlage.map.MapData;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.situation.HotspotQuery;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.IncidentSource;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotMethod;
import de.stadtlage.situation.hotspot.HotspotResult;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hotspots}: the ranked hotspots of a time window as text or CSV. */
@Command(name = "hotspots", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Listet die stärksten Hotspots eines Zeitraums (Standard: die Woche des neuesten Vorfalls).")
final class HotspotsCommand extends DatabaseCommand {

    @Option(names = "--from", paramLabel = "JJJJ-MM-TT", description = "Erster Tag (einschließlich).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "JJJJ-MM-TT", description = "Letzter Tag (einschließlich).")
    LocalDate to;

    @Option(names = "--category", paramLabel = "NAME", description = "Kategorie wie in der Oberfläche, mehrfach möglich.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", description = "Quelle wie in der Oberfläche, mehrfach möglich.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--method", paramLabel = "kde|gistar", defaultValue = "kde",
            description = "kde (Kerndichte, Standard) oder gistar (Getis-Ord Gi*).")
    String method;

    @Option(names = "--bandwidth", paramLabel = "METER", defaultValue = "150",
            description = "Bandbreite der Kerndichte in Metern (Standard 150).")
    double bandwidth;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Anzahl Hotspots (Standard 10).")
    int top;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", description = "Ausgabeformat.")
    String format;

    @Override
    protected int run(AppContext context, PrintWriter out) throws Exception {
        HotspotSettings settings = settings();
        boolean csv = outputFormatIsCsv();
        IncidentFilter filter = filter(context);
        HotspotQuery query = new HotspotQuery(context.incidents(), places(), HotspotEngine.dortmundCenter());
        List<Incident> selected = query.load(filter);
        HotspotResult result = query.analyse(selected, settings);
        if (csv) {
            HotspotOutput.csv(result.hotspots(), out);
        } else {
            HotspotOutput.text(result, filter, selected.size(), out);
        }
        return ExitCodes.OK;
    }

    private HotspotSettings settings() {
        HotspotMethod m;
        try {
            m = HotspotMethod.ofCode(method);
        } catch (IllegalArgumentException e) {
            throw new UserMessage("Unbekannte Methode \"" + method + "\". Erlaubt sind kde und gistar.");
        }
        if (!(bandwidth >= 10 && bandwidth <= 5000)) {
            throw new UserMessage("Die Bandbreite muss zwischen 10 und 5000 Metern liegen.");
        }
        if (top < 1 || top > 1000) {
            throw new UserMessage("--top muss zwischen 1 und 1000 liegen.");
        }
        return HotspotSettings.defaults().withMethod(m).withBandwidth(bandwidth).withTopN(top);
    }

    private boolean outputFormatIsCsv() {
        return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> true;
            case "text" -> false;
            default -> throw new UserMessage("Unbekanntes Format \"" + format + "\". Erlaubt sind text und csv.");
        };
    }

    private IncidentFilter filter(AppContext context) {
        LocalDate latest = context.incidents().latestOccurrence().map(t -> t.toLocalDate())
                .orElse(LocalDate.now(context.clock()));
        IncidentFilter week = IncidentFilter.weekOf(latest);
        LocalDate start = from != null ? from : to != null ? to.minusDays(6) : week.from();
        LocalDate end = to != null ? to : from != null ? from.plusDays(6) : week.to();
        if (start.isAfter(end)) {
            throw new UserMessage("--from (" + start + ") liegt nach --to (" + end + ").");
        }
        return new IncidentFilter(start, end, categorySet(), sourceSet());
    }

    private Set<IncidentCategory> categorySet() {
        Set<IncidentCategory> set = EnumSet.noneOf(IncidentCategory.class);
        for (String name : categories) {
            set.add(IncidentCategory.fromGermanName(name).orElseThrow(() -> new UserMessage(
                    "Unbekannte Kategorie \"" + name + "\". Erlaubt: " + names(IncidentCategory.values()) + ".")));
        }
        return set;
    }

    private Set<IncidentSource> sourceSet() {
        Set<IncidentSource> set = EnumSet.noneOf(IncidentSource.class);
        for (String name : sources) {
            set.add(IncidentSource.fromGermanName(name).orElseThrow(() -> new UserMessage(
                    "Unbekannte Quelle \"" + name + "\". Erlaubt: " + names(IncidentSource.values()) + ".")));
        }
        return set;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> v instanceof IncidentCategory c ? c.germanName()
                : ((IncidentSource) v).germanName()).toList());
    }

    /** Street and district names come from the map package; without it the columns stay empty. */
    private static PlaceLookup places() throws java.io.IOException {
        return MapPackageLoader.fromClasspath().load().map(MapData::places).map(p -> (PlaceLookup) p)
                .orElse(PlaceLookup.NONE);
    }
}
