package de.stadtlage.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Hides every window a UI test left open (dialogs, the projector window, another test's stage), so the next UI
 * test in the same JVM starts on a clean screen: a leftover modal dialog would otherwise take its clicks.
 * Registered for all tests through JUnit's extension auto-detection.
 */
public final class CloseWindowsAfterEachTest implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupStages();
        }
    }
}
