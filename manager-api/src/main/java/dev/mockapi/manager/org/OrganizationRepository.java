package dev.mockapi.manager.org;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

  boolean existsBySlug(String slug);
}
