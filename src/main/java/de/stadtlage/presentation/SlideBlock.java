package de.stadtlage.presentation;

import java.util.List;

/** What a slide shows: a few shapes of content, each drawn large enough for the back of the room. */
public sealed interface SlideBlock {

    /** A list of lines; {@code emphasised} lines stand out (escalated items, overdue tasks). */
    record Lines(String heading, List<Line> lines) implements SlideBlock {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    record Line(String text, String detail, boolean emphasised) {
    }

    /** Big numbers with a label and a change, e.g. "Platzverweise 1.000 (+12,0 %)". */
    record Figures(List<Figure> figures) implements SlideBlock {
        public Figures {
            figures = List.copyOf(figures);
        }
    }

    record Figure(String label, String value, String change, boolean rising) {
    }

    /** Counts side by side, e.g. a board's columns. */
    record Counters(List<Figure> counters) implements SlideBlock {
        public Counters {
            counters = List.copyOf(counters);
        }
    }

    /** A map image (PNG) with a caption; the view scales it into the free space. */
    record MapImage(byte[] png, String caption) implements SlideBlock {
    }

    /** One large statement, e.g. the next meeting's date. */
    record Statement(String text) implements SlideBlock {
    }
}
