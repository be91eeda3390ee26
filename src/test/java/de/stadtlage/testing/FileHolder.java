package de.stadtlage.testing;

import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Another instance that holds an H2 file open until told "QUIT": Stadtlage opening it alone ({@code app}), or an
 * older Stadtlage sharing it with the empty password of before ({@code older}). "CHECK" logs in once more as that
 * instance and prints "OK" or "FAIL" and the error code. Arguments: the file's path without suffix, the mode.
 */
public final class FileHolder {

    private FileHolder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if ("app".equals(args[1])) {
            try (Database db = Database.open(DatabaseLocation.h2File(Path.of(args[0])))) {
                out.println("READY");
                in.readLine();
            }
            return;
        }
        String url = "jdbc:h2:file:" + args[0] + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        try (Connection held = DriverManager.getConnection(url, "sa", "")) {
            out.println("READY");
            for (String line = in.readLine(); "CHECK".equals(line); line = in.readLine()) {
                try (Connection again = DriverManager.getConnection(url, "sa", "")) {
                    out.println("OK");
                } catch (SQLException e) {
                    out.println("FAIL " + e.getErrorCode());
                }
            }
        }
    }
}
