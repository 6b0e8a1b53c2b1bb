package dev.mockapi.engine.sync;

import java.util.Set;

/**
 * Told the ids of the projects being served whenever that set changes (a project is served for the
 * first time, or the last table of a project id is dropped), on the thread that changed it. The set
 * is a live read-only view, not a copy: loading n projects at start-up would otherwise copy n ids n
 * times.
 */
public interface ServedProjectsListener {

  void servedProjectsChanged(Set<Long> projectIds);
}
