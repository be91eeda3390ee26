package de.stadtlage.boards;

import static de.stadtlage.persistence.jooq.Tables.SUBGROUP;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The subgroups, in their order. */
public final class SubgroupRepository {

    private final DSLContext dsl;

    public SubgroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Subgroup> list() {
        return dsl.selectFrom(SUBGROUP).orderBy(SUBGROUP.SORT_ORDER)
                .fetch(r -> new Subgroup(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.getColor(),
                        r.getSortOrder()));
    }

    public Optional<Subgroup> findByCode(String code) {
        return list().stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }
}
