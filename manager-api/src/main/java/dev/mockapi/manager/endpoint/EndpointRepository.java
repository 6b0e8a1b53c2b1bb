package dev.mockapi.manager.endpoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EndpointRepository extends JpaRepository<Endpoint, Long> {

  List<Endpoint> findByProjectIdOrderByIdAsc(long projectId);

  long countByProjectId(long projectId);

  Optional<Endpoint> findByIdAndProjectId(long id, long projectId);

  List<Endpoint> findByProjectIdAndIdIn(long projectId, Collection<Long> ids);

  Optional<Endpoint> findByProjectIdAndMethodAndRouteKey(
      long projectId, String method, String routeKey);
}
