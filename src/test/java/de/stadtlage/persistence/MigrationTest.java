package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.boards.Subgroup;
import de.stadtlage.boards.SubgroupRepository;
import de.stadtlage.situation.AreaKind;
import de.stadtlage.situation.AreaRepository;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path folder;

    @Test
    void freshDatabaseFileGetsTheWholeSchemaWithTheFiveSubgroups() {
        try (Database db = TempDatabase.open(folder)) {
            assertThat(DatabaseContent.rowCounts(db.dsl())).containsKeys("subgroup", "person", "task", "task_comment",
                    "meeting", "attendance", "agenda_item", "decision", "action_item", "incident", "area", "key_figure",
                    "audit_log", "import_batch", "meeting_addendum", "app_setting");
            assertThat(new SubgroupRepository(db.dsl()).list()).extracting(Subgroup::code)
                    .containsExactly("SV", "CR", "BB", "SU", "SH");
            assertThat(DatabaseContent.isEmpty(db.dsl())).isTrue();
            assertThat(DatabaseContent.needsWelcome(db.dsl())).isTrue();
        }
        if (!TempDatabase.onPostgres()) {
            assertThat(Files.exists(folder.resolve("stadtlage-test.mv.db"))).isTrue();
        }
    }

    @Test
    void focusAreasAreSeededAndDistrictsComeFromTheMapPackageOnce() {
        try (Database db = TempDatabase.open(folder)) {
            AreaRepository areas = new AreaRepository(db.dsl());
            assertThat(areas.list(AreaKind.FOCUS)).extracting(a -> a.name())
                    .contains("Keuningpark", "Münsterstraße", "Brückstraßenviertel", "City innerhalb des Wallrings");
            int districts = areas.list(AreaKind.DISTRICT).size();
            // The build copies the map package when ../shared/map exists; then all ten districts are there.
            if (getClass().getResource("/de/stadtlage/map/package/dortmund_innenstadt_statistische_bezirke.geojson") != null) {
                assertThat(districts).isEqualTo(10);
                assertThat(areas.list(AreaKind.DISTRICT)).extracting(a -> a.name()).contains("City", "Nordmarkt", "Borsigplatz");
            }
        }
        try (Database reopened = TempDatabase.open(folder)) {
            assertThat(new AreaRepository(reopened.dsl()).list(AreaKind.FOCUS)).hasSize(5);
        }
    }

    @Test
    void unsupportedJdbcUrlIsRefusedWithAGermanMessage() {
        assertThatThrownBy(() -> Database.open(DatabaseLocation.parse("jdbc:sqlite:/tmp/x.db")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nicht unterstützte Datenbank");
    }

    @Test
    void dbArgumentAcceptsPathsWithAndWithoutSuffixAndJdbcUrls() {
        assertThat(DatabaseLocation.parse("/data/lage.mv.db").jdbcUrl()).isEqualTo("jdbc:h2:file:/data/lage;FILE_LOCK=FILE;WRITE_DELAY=0");
        assertThat(DatabaseLocation.parse("/data/lage").shared().jdbcUrl())
                .isEqualTo("jdbc:h2:file:/data/lage;AUTO_SERVER=TRUE;FILE_LOCK=FILE;WRITE_DELAY=0");
        assertThat(DatabaseLocation.parse("/data/lage").display()).isEqualTo("/data/lage.mv.db");
        assertThat(DatabaseLocation.parse("jdbc:postgresql://localhost/stadtlage").dialect())
                .isEqualTo(org.jooq.SQLDialect.POSTGRES);
    }
}
