package de.stadtlage.map.google;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.app.Settings;
import de.stadtlage.common.DialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoogleMapSettingsTest {

    private static final String KEY = "AIzaSyTEST-settings-0815";

    @TempDir
    Path folder;

    @Test
    void baseMapAndKeyAreReadBackFromTheSettingsFile() {
        Path file = folder.resolve("settings.properties");
        Settings settings = Settings.load(file);
        MapSettingsDialog.save(new GoogleMapSettings(BaseMap.GOOGLE, " " + KEY + " ", true), settings);

        GoogleMapSettings read = GoogleMapSettings.from(Settings.load(file));

        assertThat(read).isEqualTo(new GoogleMapSettings(BaseMap.GOOGLE, KEY, true));
        assertThat(read.googleWanted()).isTrue();
    }

    @Test
    void nothingSavedMeansTheOfflineMap() {
        GoogleMapSettings read = GoogleMapSettings.from(Settings.load(folder.resolve("none.properties")));

        assertThat(read.baseMap()).isEqualTo(BaseMap.OFFLINE);
        assertThat(read.hasKey()).isFalse();
        assertThat(read.googleWanted()).isFalse();
    }

    @Test
    void windowSettingsSavedLaterByAnotherInstanceKeepTheMapSettings() throws IOException {
        Path file = folder.resolve("settings.properties");
        Settings app = Settings.load(file); // the app's instance, loaded at start
        MapSettingsDialog.save(new GoogleMapSettings(BaseMap.GOOGLE, KEY, true), Settings.load(file));
        app.put("window.width", "1000");
        app.save(); // on closing the window

        assertThat(GoogleMapSettings.from(Settings.load(file)).apiKey()).isEqualTo(KEY);
        assertThat(Settings.load(file).get("window.width")).contains("1000");
        assertThat(Files.readString(file)).contains("map.base=GOOGLE");
    }

    @Test
    void toStringNeverShowsTheKey() {
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        GoogleMapSettings chosen = new GoogleMapSettings(BaseMap.GOOGLE, KEY, true);
        chosen.writeTo(settings);

        assertThat(chosen.toString()).doesNotContain(KEY).contains("***");
        assertThat(settings.toString()).doesNotContain(KEY).contains(GoogleMapSettings.API_KEY);
    }

    @Test
    void switchingToGoogleAsksOnceAndNoKeepsTheOfflineMap() {
        Answers no = new Answers(false);
        GoogleMapSettings refused = MapSettingsDialog.withConsent(new GoogleMapSettings(BaseMap.GOOGLE, KEY, false), no);
        assertThat(refused.baseMap()).isEqualTo(BaseMap.OFFLINE);
        assertThat(refused.consented()).isFalse();
        assertThat(no.questions).singleElement().asString().contains("Google").contains("Ausschnitt");

        Answers yes = new Answers(true);
        GoogleMapSettings agreed = MapSettingsDialog.withConsent(new GoogleMapSettings(BaseMap.GOOGLE, KEY, false), yes);
        GoogleMapSettings again = MapSettingsDialog.withConsent(agreed, yes);
        assertThat(agreed.googleWanted()).isTrue();
        assertThat(again).isEqualTo(agreed);
        assertThat(yes.questions).hasSize(1);
    }

    /** Answers every question the same way and keeps the questions. */
    private static final class Answers implements DialogService {
        final List<String> questions = new ArrayList<>();
        private final boolean answer;

        Answers(boolean answer) {
            this.answer = answer;
        }

        @Override
        public void showError(String title, String message, Throwable details) {
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            questions.add(message);
            return answer;
        }
    }
}
