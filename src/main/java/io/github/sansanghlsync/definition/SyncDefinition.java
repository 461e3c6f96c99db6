package io.github.sansanghlsync.definition;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sync definition: a YAML file in {@code jobs/} whose keys are the program's own properties
 * ({@code sansan.*}, {@code ghl.*}, {@code sync.*}, {@code mapping.*}...). Loaded as a property source
 * that keeps each value's file and line, so errors can name the place.
 */
public record SyncDefinition(Path file, String name, List<EnumerablePropertySource<?>> sources) {

    /** Reads a definition file; a missing file or broken YAML fails with a message naming the file (and line). */
    public static SyncDefinition load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDefinitionException(file + ": no such sync definition file (see the templates in jobs/)");
        }
        try {
            List<EnumerablePropertySource<?>> sources = new ArrayList<>();
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("sync definition " + file, new FileSystemResource(file))) {
                sources.add((EnumerablePropertySource<?>) source);
            }
            return new SyncDefinition(file, nameOf(file), sources);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new InvalidDefinitionException(file + ": not valid YAML: " + cause.getMessage().replace('\n', ' '));
        }
    }

    /** The definition's name: {@code sync.definition} if the file sets it, else the file name without {@code .yml}. */
    private static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.replaceFirst("\\.ya?ml$", "");
    }
}
