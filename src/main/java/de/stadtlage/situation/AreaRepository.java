package de.stadtlage.situation;

import static de.stadtlage.persistence.jooq.Tables.AREA;

import java.util.List;
import org.jooq.DSLContext;

/** Districts and focus areas. */
public final class AreaRepository {

    private final DSLContext dsl;

    public AreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Area> list() {
        return dsl.selectFrom(AREA).orderBy(AREA.KIND, AREA.SORT_ORDER, AREA.NAME)
                .fetch(r -> new Area(r.getId(), r.getCode(), r.getName(), AreaKind.valueOf(r.getKind()),
                        r.getGeometry(), r.getSortOrder()));
    }

    public List<Area> list(AreaKind kind) {
        return list().stream().filter(a -> a.kind() == kind).toList();
    }

    /** Adds the area unless one with its code exists (districts are added once from the map package). */
    public static boolean insertIfMissing(DSLContext tx, Area area) {
        return tx.insertInto(AREA)
                .set(AREA.CODE, area.code())
                .set(AREA.NAME, area.name())
                .set(AREA.KIND, area.kind().name())
                .set(AREA.GEOMETRY, area.geometryJson())
                .set(AREA.SORT_ORDER, area.sortOrder())
                .onConflict(AREA.CODE).doNothing()
                .execute() == 1;
    }
}
