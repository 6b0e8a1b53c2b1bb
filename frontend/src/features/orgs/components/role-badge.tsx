import { Badge } from '@mantine/core';
import { roleColor, roleLabel, type Role } from '@/lib/roles';

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={roleColor[role]} variant="light">
      {roleLabel[role]}
    </Badge>
  );
}
