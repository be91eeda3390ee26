package de.stadtlage.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.Organisation;
import de.stadtlage.access.Role;
import de.stadtlage.boards.TaskPriority;
import de.stadtlage.boards.TaskStatus;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = Messages.load(locale);
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() {
        Set<String> german = keys(Locale.GERMAN);
        Set<String> english = keys(Locale.ENGLISH);
        assertThat(english).as("keys missing in messages_en.properties").containsAll(german);
        assertThat(german).as("keys missing in messages.properties").containsAll(english);
    }

    @Test
    void everyEnumShownInTheUiHasATextInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
            Set<String> keys = keys(locale);
            Stream.of(
                    Arrays.stream(IncidentCategory.values()).map(c -> "category." + c.name().toLowerCase(Locale.ROOT)),
                    Arrays.stream(IncidentSource.values()).map(s -> "source." + s.name().toLowerCase(Locale.ROOT)),
                    Arrays.stream(Role.values()).map(r -> "role." + r.name().toLowerCase(Locale.ROOT)),
                    Arrays.stream(Organisation.values()).map(o -> "organisation." + o.name().toLowerCase(Locale.ROOT)),
                    Arrays.stream(TaskStatus.values()).map(s -> "task.status." + s.name().toLowerCase(Locale.ROOT)),
                    Arrays.stream(TaskPriority.values()).map(p -> "task.priority." + p.name().toLowerCase(Locale.ROOT)))
                    .flatMap(s -> s)
                    .forEach(key -> assertThat(keys).as(locale + " " + key).contains(key));
        }
    }

    @Test
    void germanIsTheDefaultAndFillsArguments() {
        Messages.use(Locale.GERMANY);
        assertThat(Messages.get("status.database", "/x.mv.db")).isEqualTo("Datenbank: /x.mv.db");
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
