package de.stadtlage.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Hides every window a UI test left open (dialogs, the projector window, another test's stage), so the next UI
 * test in the same JVM starts on a clean screen: a leftover modal dialog would otherwise take its clicks.
 * Registered for all tests through JUnit's extension auto-detection.
 * <p>
 * The windows are hidden right after the test method, before its {@code @AfterEach} closes the database, in the
 * order the app closes: a page that saves on closing (the meeting notes) still finds its database. Otherwise that
 * save failed only when the next test replaced the page, and its error dialog took the next test's first click.
 * They are hidden once more after {@code @AfterEach}, for anything shown while closing.
 */
public final class CloseWindowsAfterEachTest implements AfterTestExecutionCallback, AfterEachCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        hideAll();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        hideAll();
    }

    private static void hideAll() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupStages();
        }
    }
}
