package de.stadtlage.boards;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Person;
import de.stadtlage.access.PersonRepository;
import de.stadtlage.situation.AreaKind;
import de.stadtlage.situation.AreaRepository;
import de.stadtlage.situation.IncidentRepository;
import java.util.Map;
import org.jooq.DSLContext;

/** Reads {@link BoardData}; runs on a background thread. */
public final class BoardDataLoader {

    private final DSLContext dsl;
    private final CurrentUser user;
    private Map<Integer, AreaTrend> trends;
    private int trendIncidentCount = -1;

    public BoardDataLoader(DSLContext dsl, CurrentUser user) {
        this.dsl = dsl;
        this.user = user;
    }

    public synchronized BoardData load() {
        TaskRepository tasks = new TaskRepository(dsl);
        // Read the signature first: a change that lands during the load then triggers one more reload.
        String signature = tasks.changeSignature();
        var people = new PersonRepository(dsl).listActive();
        Integer me = people.stream().filter(p -> p.displayName().equalsIgnoreCase(user.name())).map(Person::id)
                .findFirst().orElse(null);
        return new BoardData(new SubgroupRepository(dsl).list(), tasks.listActive(), TaskConflicts.names(dsl),
                new SubgroupRepository(dsl).wipLimits(), trends(), tasks.commentCounts(), people,
                new AreaRepository(dsl).list(AreaKind.FOCUS), me, signature);
    }

    /** Counting incidents per area is the slow part; it is redone only when the number of incidents changed. */
    private Map<Integer, AreaTrend> trends() {
        IncidentRepository incidents = new IncidentRepository(dsl);
        int count = incidents.count();
        if (trends == null || count != trendIncidentCount) {
            trends = Map.copyOf(new FocusAreaTrends(incidents, new AreaRepository(dsl)).compute());
            trendIncidentCount = count;
        }
        return trends;
    }

    public String signature() {
        return new TaskRepository(dsl).changeSignature();
    }
}
