package de.stadtlage.meeting.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The situation around a meeting that closing freezes: key figures, top hotspots, each subgroup's tasks and the
 * action-item lists. Stored as JSON in {@code meeting.snapshot}; the map image is not stored (it is redrawn).
 */
public record MeetingSnapshot(SituationSection situation, List<SubgroupSection> subgroups,
                              ActionItemSection actions) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public MeetingSnapshot {
        subgroups = List.copyOf(subgroups);
    }

    public String toJson() {
        SituationSection s = situation;
        MeetingSnapshot withoutMap = new MeetingSnapshot(
                new SituationSection(null, s.mapCaption(), s.periodLabel(), s.keyFigures(), s.hotspots()),
                subgroups, actions);
        try {
            return JSON.writeValueAsString(withoutMap);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sitzungsstand konnte nicht gespeichert werden", e);
        }
    }

    public static MeetingSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, MeetingSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Der gespeicherte Sitzungsstand ist nicht lesbar", e);
        }
    }

    /** The same snapshot with a map image for printing. */
    public MeetingSnapshot withMap(byte[] png) {
        SituationSection s = situation;
        return new MeetingSnapshot(new SituationSection(png, s.mapCaption(), s.periodLabel(), s.keyFigures(),
                s.hotspots()), subgroups, actions);
    }
}
