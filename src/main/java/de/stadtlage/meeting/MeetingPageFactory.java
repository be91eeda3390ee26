package de.stadtlage.meeting;

import de.stadtlage.actions.ActionItemService;
import de.stadtlage.app.AppContext;
import de.stadtlage.app.Page;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.meeting.minutes.MinutesExporter;
import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Sitzung page for the shell, with the real file chooser and PDF viewer. */
public final class MeetingPageFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingPageFactory.class);

    private MeetingPageFactory() {
    }

    /** The map in the minutes: the app's own map renderer with the hotspot layer (empty without map package). */
    static MapImageSource mapSource(AppContext context) {
        return new MinutesMap(context.database().dsl(), MapPackageLoader.fromClasspath());
    }

    public static Page create(AppContext context, TaskRunner runner, DialogService dialogs) {
        MinutesExporter exporter = MinutesExporter.create(context.database(), mapSource(context));
        MeetingViewModel model = new MeetingViewModel(context.database(),
                new MeetingService(context.database(), context.currentUser(), context.clock()),
                new ActionItemService(context.database(), context.currentUser(), context.clock()),
                () -> exporter, context.currentUser().canWriteMeetings(), runner, dialogs);
        return new MeetingView(model, saveDialog("meeting.export.choose", "PDF", "*.pdf"),
                pdfOpener(runner, dialogs));
    }

    /** A save dialog with a proposed file name. */
    public static Function<String, Optional<Path>> saveDialog(String titleKey, String kind, String pattern) {
        return proposed -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get(titleKey));
            chooser.setInitialFileName(proposed);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            File file = chooser.showSaveDialog(null);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    /** Asks whether to open the written PDF, then opens it off the FX thread (the desktop call may block). */
    static Consumer<Path> pdfOpener(TaskRunner runner, DialogService dialogs) {
        return path -> {
            if (!Desktop.isDesktopSupported() || !dialogs.confirm(Messages.get("meeting.export.open"),
                    Messages.get("meeting.export.openQuestion", path))) {
                return;
            }
            runner.run(new Task<Void>() {
                @Override
                protected Void call() throws Exception {
                    Desktop.getDesktop().open(path.toFile());
                    return null;
                }

                @Override
                protected void failed() {
                    LOG.warn("PDF-Betrachter ließ sich nicht öffnen für {}", path, getException());
                }
            });
        };
    }
}
