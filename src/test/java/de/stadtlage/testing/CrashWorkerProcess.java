package de.stadtlage.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One {@link CrashWorker} JVM as the crash test drives it: started ahead of time, told to go, killed with SIGKILL.
 * Every line the worker printed reaches {@code onLine}, also the last ones written just before the kill.
 */
public final class CrashWorkerProcess {

    private final Process process;
    private final BufferedReader out;
    private final Consumer<String> onLine;

    private CrashWorkerProcess(Process process, Consumer<String> onLine) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.onLine = onLine;
    }

    /** Starts the JVM; it loads its classes but does not touch the database before {@link #go()}. */
    public static CrashWorkerProcess start(Path errFile, Consumer<String> onLine, String... args) throws IOException {
        return new CrashWorkerProcess(ChildJvm.start(CrashWorker.class, errFile, args), onLine);
    }

    /** Waits until the JVM is up and then lets it open the database and write. */
    public void go() throws IOException {
        String first = out.readLine();
        if (!"STARTED".equals(first)) {
            throw new IllegalStateException("worker did not start: " + first + " (see its .err file)");
        }
        process.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Reads the worker's output until the {@code count}-th line starting with {@code prefix}. */
    public void awaitLine(String prefix, int count) throws IOException {
        int seen = 0;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            onLine.accept(line);
            if (line.startsWith(prefix) && ++seen == count) {
                return;
            }
        }
        throw new IllegalStateException("worker ended before " + count + " x " + prefix + " (see its .err file)");
    }

    /**
     * SIGKILL through the process handle ({@code Process.destroyForcibly} would also close the pipe that still
     * holds the last lines), then the rest of the output.
     */
    public void kill() throws IOException, InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("worker survived SIGKILL");
        }
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            onLine.accept(line);
        }
    }

    /** For a test that fails before the kill: the JVM must not outlive it. */
    public void killQuietly() {
        process.toHandle().destroyForcibly();
    }
}
