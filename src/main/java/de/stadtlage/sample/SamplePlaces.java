package de.stadtlage.sample;

import de.stadtlage.situation.IncidentCategory;
import java.util.List;
import java.util.Random;

/** Where the sample incidents happen: the focus areas and landmarks of City and Nordstadt (coordinates lat, lon). */
final class SamplePlaces {

    /**
     * A cluster of incidents: one or more centres (a street is several points along it), spread in metres, a
     * weekly base count, a linear trend per week, and category weights in {@link IncidentCategory} order.
     */
    record Cluster(String placeText, double[][] centres, double spreadMetres, double weeklyBase, double weeklyTrend,
                   double[] categoryWeights) {

        double[] pickCentre(Random random) {
            return centres[random.nextInt(centres.length)];
        }

        IncidentCategory pickCategory(Random random) {
            double total = 0;
            for (double w : categoryWeights) {
                total += w;
            }
            double r = random.nextDouble() * total;
            IncidentCategory[] all = IncidentCategory.values();
            for (int i = 0; i < all.length; i++) {
                r -= categoryWeights[i];
                if (r <= 0) {
                    return all[i];
                }
            }
            return IncidentCategory.SONSTIGES;
        }
    }

    // Weights: Konsum, Handel, Betteln, Campieren, Belästigung, Gewalt, Messer, Diebstahl, Sachbeschädigung,
    // Platzverweis, Sonstiges
    static final List<Cluster> CLUSTERS = List.of(
            new Cluster("Hauptbahnhof", new double[][] {{51.51789, 7.45928}, {51.51830, 7.46050}}, 70, 150, 0.02,
                    new double[] {28, 14, 14, 4, 10, 5, 1, 10, 3, 9, 2}),
            new Cluster("Nordmarkt", new double[][] {{51.52587, 7.46564}}, 90, 110, 0.05,
                    new double[] {24, 28, 4, 4, 6, 10, 2, 4, 4, 12, 2}),
            new Cluster("Keuningpark", new double[][] {{51.52160, 7.46025}}, 70, 85, 0.09,
                    new double[] {40, 24, 2, 10, 3, 6, 1, 2, 3, 8, 1}),
            new Cluster("Brückstraße", new double[][] {{51.51607, 7.46599}, {51.51500, 7.46672}}, 60, 80, -0.04,
                    new double[] {12, 8, 24, 4, 20, 5, 1, 14, 7, 4, 1}),
            new Cluster("Münsterstraße", new double[][] {{51.51881, 7.46474}, {51.52202, 7.46457}, {51.5244, 7.4623},
                    {51.52584, 7.46032}, {51.52725, 7.46037}, {51.52898, 7.46037}}, 45, 90, 0.03,
                    new double[] {16, 24, 6, 2, 10, 16, 5, 6, 6, 8, 1}),
            new Cluster("Stadtgarten", new double[][] {{51.51084, 7.46462}}, 80, 25, 0.0,
                    new double[] {30, 8, 4, 30, 6, 4, 1, 4, 8, 4, 1}),
            new Cluster("Borsigplatz", new double[][] {{51.52334, 7.48163}}, 90, 22, 0.01,
                    new double[] {14, 18, 4, 2, 10, 14, 3, 10, 14, 8, 3}),
            new Cluster("Innenstadt (verstreut)", new double[][] {{51.5170, 7.4650}}, 900, 60, 0.0,
                    new double[] {10, 5, 8, 6, 10, 8, 1, 18, 14, 8, 12}));

    private SamplePlaces() {
    }

    static String note(IncidentCategory category, Random random) {
        String[] notes = switch (category) {
            case DROGENKONSUM -> new String[] {"Crack-Konsum im Hauseingang", "Spritzenfund gemeldet", "Konsum vor Spielplatz"};
            case DROGENHANDEL -> new String[] {"Übergabe beobachtet", "Kleinstmengen sichergestellt", "Bunker im Gebüsch"};
            case AGGRESSIVES_BETTELN -> new String[] {"Passanten bedrängt", "Kundschaft vor Geschäft angesprochen"};
            case CAMPIEREN -> new String[] {"Schlaflager unter Vordach", "Zelt im Grünstreifen", "Hilfeangebot gemacht"};
            default -> new String[] {"Streife vor Ort", "Hinweis aus Anwohnerschaft", "Nachkontrolle vereinbart"};
        };
        return notes[random.nextInt(notes.length)];
    }
}
