package io.github.sansanghlsync.credentials;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reads a secret (API key, token, client secret, encryption key) from a file, so it need not sit in the
 * environment or on a command line where {@code ps} shows it. Messages name the property and the path,
 * never the content.
 */
public final class SecretFile {

    private static final Logger log = LoggerFactory.getLogger(SecretFile.class);

    private SecretFile() {
    }

    /** {@code value} when set, else the content of {@code file} when set, else null. */
    public static String valueOrFile(String value, Path file, String fileProperty) {
        if (value != null && !value.isBlank()) {
            return value.strip();
        }
        return file == null ? null : read(file, fileProperty);
    }

    /** The file's content without surrounding whitespace (editors add a final newline). */
    public static String read(Path file, String fileProperty) {
        try {
            warnIfOthersCanRead(file, fileProperty);
            String content = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (content.isEmpty()) {
                throw new IllegalStateException("The file named by " + fileProperty + " (" + file + ") is empty");
            }
            return content;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the file named by " + fileProperty + " (" + file + "): "
                    + e.getClass().getSimpleName());
        }
    }

    private static void warnIfOthersCanRead(Path file, String fileProperty) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The secret file named by {} ({}) can be read by every user: chmod 600 it", fileProperty, file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or the read below reports the problem
        }
    }
}
