package io.github.sansanghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The notes and tasks of every contact, in creation order; thread-safe. */
final class ContactActivities {

    private final Map<String, Map<String, GhlNote>> notes = new LinkedHashMap<>();
    private final Map<String, Map<String, GhlTask>> tasks = new LinkedHashMap<>();

    synchronized List<GhlNote> notes(String contactId) {
        return List.copyOf(notes.getOrDefault(contactId, Map.of()).values());
    }

    synchronized List<GhlTask> tasks(String contactId) {
        return List.copyOf(tasks.getOrDefault(contactId, Map.of()).values());
    }

    synchronized GhlNote saveNote(GhlNote note) {
        notes.computeIfAbsent(note.contactId(), id -> new LinkedHashMap<>()).put(note.id(), note);
        return note;
    }

    synchronized GhlTask saveTask(GhlTask task) {
        tasks.computeIfAbsent(task.contactId(), id -> new LinkedHashMap<>()).put(task.id(), task);
        return task;
    }

    synchronized Optional<GhlNote> updateNote(String contactId, String id, UnaryOperator<GhlNote> change) {
        GhlNote note = notes.getOrDefault(contactId, Map.of()).get(id);
        return note == null ? Optional.empty() : Optional.of(saveNote(change.apply(note)));
    }

    synchronized Optional<GhlTask> updateTask(String contactId, String id, UnaryOperator<GhlTask> change) {
        GhlTask task = tasks.getOrDefault(contactId, Map.of()).get(id);
        return task == null ? Optional.empty() : Optional.of(saveTask(change.apply(task)));
    }

    synchronized boolean removeNote(String contactId, String id) {
        return notes.getOrDefault(contactId, new LinkedHashMap<>()).remove(id) != null;
    }

    synchronized boolean removeTask(String contactId, String id) {
        return tasks.getOrDefault(contactId, new LinkedHashMap<>()).remove(id) != null;
    }

    synchronized List<GhlNote> allNotes() {
        List<GhlNote> all = new ArrayList<>();
        notes.values().forEach(byId -> all.addAll(byId.values()));
        return all;
    }

    synchronized List<GhlTask> allTasks() {
        List<GhlTask> all = new ArrayList<>();
        tasks.values().forEach(byId -> all.addAll(byId.values()));
        return all;
    }

    synchronized void clear() {
        notes.clear();
        tasks.clear();
    }
}
