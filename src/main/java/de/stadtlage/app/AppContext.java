package de.stadtlage.app;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PersonRepository;
import de.stadtlage.actions.ActionItemRepository;
import de.stadtlage.boards.SubgroupRepository;
import de.stadtlage.boards.TaskRepository;
import de.stadtlage.meeting.MeetingRepository;
import de.stadtlage.persistence.Database;
import de.stadtlage.situation.AreaRepository;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.KeyFigureRepository;
import java.time.Clock;

/**
 * The wiring of the app: the open database, the repositories and services, by constructor. One instance per
 * open database; the GUI and the command line build it the same way.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AppContext(Database database, CurrentUser currentUser, Clock clock) {
        this.database = database;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Database database() {
        return database;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    public Clock clock() {
        return clock;
    }

    public SubgroupRepository subgroups() {
        return new SubgroupRepository(database.dsl());
    }

    public PersonRepository people() {
        return new PersonRepository(database.dsl());
    }

    public TaskRepository tasks() {
        return new TaskRepository(database.dsl());
    }

    public MeetingRepository meetings() {
        return new MeetingRepository(database.dsl());
    }

    public ActionItemRepository actionItems() {
        return new ActionItemRepository(database.dsl());
    }

    public IncidentRepository incidents() {
        return new IncidentRepository(database.dsl());
    }

    public AreaRepository areas() {
        return new AreaRepository(database.dsl());
    }

    public KeyFigureRepository keyFigures() {
        return new KeyFigureRepository(database.dsl());
    }

    @Override
    public void close() {
        database.close();
    }
}
