-- Portable across MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE users (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  email         VARCHAR(254) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_users_email UNIQUE (email)
);

CREATE TABLE refresh_tokens (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT      NOT NULL,
  family_id  VARCHAR(36) NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
  CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_expiry ON refresh_tokens (expires_at);

CREATE TABLE organizations (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  slug       VARCHAR(40)  NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT uk_organizations_slug UNIQUE (slug)
);

CREATE TABLE memberships (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  org_id     BIGINT      NOT NULL,
  user_id    BIGINT      NOT NULL,
  role       VARCHAR(10) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_memberships_org_user UNIQUE (org_id, user_id),
  CONSTRAINT fk_memberships_org FOREIGN KEY (org_id) REFERENCES organizations (id) ON DELETE CASCADE,
  CONSTRAINT fk_memberships_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_memberships_user ON memberships (user_id);

CREATE TABLE projects (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  org_id         BIGINT        NOT NULL,
  name           VARCHAR(100)  NOT NULL,
  slug           VARCHAR(40)   NOT NULL,
  description    VARCHAR(1000) NULL,
  settings       TEXT          NOT NULL,
  api_key_hash   CHAR(64)      NULL,
  config_version BIGINT        NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uk_projects_slug UNIQUE (slug),
  CONSTRAINT fk_projects_org FOREIGN KEY (org_id) REFERENCES organizations (id) ON DELETE CASCADE
);
CREATE INDEX ix_projects_org ON projects (org_id);

CREATE TABLE endpoints (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id  BIGINT        NOT NULL,
  method      VARCHAR(10)   NOT NULL,
  path        VARCHAR(512)  NOT NULL,
  route_key   VARCHAR(512)  NOT NULL,
  description VARCHAR(1000) NULL,
  enabled     BOOLEAN       NOT NULL,
  priority    INT           NOT NULL,
  response    LONGTEXT      NOT NULL,
  chaos       LONGTEXT      NULL,
  state       TEXT          NULL,
  version     BIGINT        NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uk_endpoints_route UNIQUE (project_id, method, route_key),
  CONSTRAINT fk_endpoints_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
);
