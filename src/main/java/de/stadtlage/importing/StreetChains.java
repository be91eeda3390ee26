package de.stadtlage.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;

/** Joins a street's pieces (split at tile seams, carriageways) into one line to interpolate along. */
final class StreetChains {

    /** Pieces whose ends lie closer than this continue each other (pedestrian stretches leave gaps at junctions). */
    static final double JOIN_METERS = 80.0;
    /** Reinoldikirche: house numbers count away from the city centre. */
    static final double[] CITY_CENTRE = {7.46575, 51.51395};

    private StreetChains() {
    }

    static List<List<double[]>> lines(JsonNode geometry) {
        List<List<double[]>> lines = new ArrayList<>();
        String type = geometry.path("type").asText();
        if ("LineString".equals(type)) {
            lines.add(points(geometry.path("coordinates")));
        } else if ("MultiLineString".equals(type)) {
            geometry.path("coordinates").forEach(line -> lines.add(points(line)));
        }
        lines.removeIf(l -> l.size() < 2);
        return lines;
    }

    private static List<double[]> points(JsonNode coordinates) {
        List<double[]> points = new ArrayList<>();
        coordinates.forEach(c -> points.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()}));
        return points;
    }

    /** The longest line that greedy joining of the pieces yields, starting at the end nearer the centre. */
    static List<double[]> mainChain(List<List<double[]>> pieces) {
        List<List<double[]>> remaining = new ArrayList<>(pieces);
        List<double[]> best = List.of();
        double bestLength = -1;
        while (!remaining.isEmpty()) {
            remaining.sort(Comparator.comparingDouble(StreetChains::length).reversed());
            LinkedList<double[]> chain = new LinkedList<>(remaining.remove(0));
            boolean grown = true;
            while (grown) {
                grown = attachOne(chain, remaining);
            }
            double length = length(chain);
            if (length > bestLength) {
                best = chain;
                bestLength = length;
            }
        }
        List<double[]> oriented = new ArrayList<>(best);
        if (Geo.meters(oriented.get(0), CITY_CENTRE) > Geo.meters(oriented.get(oriented.size() - 1), CITY_CENTRE)) {
            Collections.reverse(oriented);
        }
        return oriented;
    }

    /**
     * Attaches the piece that continues one end of the chain with the smallest gap. A piece that would run back
     * along the chain (the other carriageway of a dual road) is not a continuation.
     */
    private static boolean attachOne(LinkedList<double[]> chain, List<List<double[]>> remaining) {
        int bestIndex = -1;
        boolean bestAtEnd = false;
        List<double[]> bestPiece = null;
        double bestGap = JOIN_METERS;
        for (int i = 0; i < remaining.size(); i++) {
            for (List<double[]> piece : List.of(remaining.get(i), reversed(remaining.get(i)))) {
                for (boolean atEnd : new boolean[] {true, false}) {
                    double[] end = atEnd ? chain.getLast() : chain.getFirst();
                    double[] other = atEnd ? chain.getFirst() : chain.getLast();
                    double[] near = atEnd ? piece.get(0) : piece.get(piece.size() - 1);
                    double[] far = atEnd ? piece.get(piece.size() - 1) : piece.get(0);
                    double gap = Geo.meters(end, near);
                    if (gap < bestGap && Geo.meters(far, other) > Geo.meters(end, other)) {
                        bestGap = gap;
                        bestIndex = i;
                        bestAtEnd = atEnd;
                        bestPiece = piece;
                    }
                }
            }
        }
        if (bestIndex < 0) {
            return false;
        }
        remaining.remove(bestIndex);
        if (bestAtEnd) {
            chain.addAll(bestPiece);
        } else {
            for (int k = bestPiece.size() - 1; k >= 0; k--) {
                chain.addFirst(bestPiece.get(k));
            }
        }
        return true;
    }

    private static List<double[]> reversed(List<double[]> piece) {
        List<double[]> copy = new ArrayList<>(piece);
        Collections.reverse(copy);
        return copy;
    }

    private static double length(List<double[]> line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += Geo.meters(line.get(i - 1), line.get(i));
        }
        return length;
    }
}
