package dev.mockapi.manager.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  boolean existsBySlug(String slug);

  List<Project> findByOrgIdOrderByNameAscIdAsc(long orgId);

  long countByOrgId(long orgId);

  /** The id of the project with this key, if it is one of this installation's projects. */
  @Query("select p.id from Project p where p.projectKey = :key")
  Optional<Long> findIdByProjectKey(@Param("key") String key);

  @Query("select p.projectKey from Project p")
  List<String> findAllProjectKeys();

  /**
   * Moves the project's route-table version on. Also takes the project row's write lock, so
   * concurrent changes to one project commit one after the other.
   */
  @Modifying(flushAutomatically = true)
  @Query("update Project p set p.configVersion = p.configVersion + 1 where p.id = :id")
  int bumpConfigVersion(@Param("id") long id);
}
