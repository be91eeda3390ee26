package de.stadtlage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the build ({@code version.properties} is filtered by Maven). */
public final class VersionInfo implements IVersionProvider {

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/de/stadtlage/app/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unbekannt";
        }
        return properties.getProperty("version", "unbekannt");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Stadtlage " + version(), "Java " + System.getProperty("java.version")};
    }
}
